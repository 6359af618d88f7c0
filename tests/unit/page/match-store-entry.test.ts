// @vitest-environment happy-dom
/**
 * MatchStore keeps matches as typed records (docs/performance.md, "Heap") and builds them on every read: every
 * read behaves the same for one match and for several, and `size` stays right across replacements.
 */
import { describe, expect, it } from 'vitest';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { page, textNode } from './dom-helpers';

function match(node: Text, code: string, from = 0): PageMatch {
  const start = node.data.indexOf(code, from);
  const hcpcs = /^[A-Z]/.test(code);
  return {
    code,
    system: hcpcs ? 'HCPCS' : 'CPT',
    category: hcpcs ? 'HCPCS' : 'I',
    start,
    end: start + code.length,
    modifiers: [],
    units: null,
    addOnMarker: false,
    role: 'billed' as const,
    node,
  };
}

describe('MatchStore with one and several matches per node', () => {
  it('get/at/all/codes/size agree for a one-match node and a two-match node', () => {
    const doc = page('<p id="one">CPT 64633</p><p id="two">64634 and J1100</p>');
    const one = textNode(doc.getElementById('one')!, '64633');
    const two = textNode(doc.getElementById('two')!, '64634');
    const store = new MatchStore();
    const m1 = match(one, '64633');
    const m2 = match(two, '64634');
    const m3 = match(two, 'J1100');
    expect(store.set(two, [m2, m3])).toEqual([]);
    expect(store.set(one, [m1])).toEqual([]);

    expect(store.size).toBe(3);
    expect(store.get(one)).toEqual([m1]);
    expect(store.get(one)[0]).toEqual(m1);
    expect(Array.isArray(store.get(one))).toBe(true);
    expect(store.get(two)).toEqual([m2, m3]);

    expect(store.at(one, 4)).toEqual(m1);
    expect(store.at(one, 9)).toEqual(m1);
    expect(store.at(one, 2)).toBeUndefined();
    expect(store.at(two, 0)).toEqual(m2);
    expect(store.at(two, 11)).toEqual(m3);
    expect(store.at(two, 7)).toBeUndefined();
    // A node the store never saw.
    expect(store.at(doc.createTextNode('64633'), 0)).toBeUndefined();
    expect(store.get(doc.createTextNode('x'))).toEqual([]);

    const all = [...store.all()];
    expect(all).toHaveLength(3);
    expect(all).toEqual(expect.arrayContaining([m1, m2, m3]));

    const codes = store.codes();
    expect(codes.map((c) => [c.code, c.count])).toEqual([
      ['64633', 1],
      ['64634', 1],
      ['J1100', 1],
    ]);
    expect(codes[0].first).toEqual(m1);
  });

  it('replacing 2 → 1 → 0 → 1 → 2 keeps size right and returns the replaced matches', () => {
    const doc = page('<p>64633 and 64634</p><p>J1100</p>');
    const t = textNode(doc.body, '64633');
    const other = textNode(doc.body, 'J1100');
    const store = new MatchStore();
    const o = match(other, 'J1100');
    store.set(other, [o]);
    const a = match(t, '64633');
    const b = match(t, '64634');

    expect(store.set(t, [a, b])).toEqual([]);
    expect(store.size).toBe(3);
    const r1 = store.set(t, [b]);
    expect(r1).toHaveLength(2);
    expect(r1[0]).toEqual(a);
    expect(r1[1]).toEqual(b);
    expect(store.size).toBe(2);
    expect(store.get(t)).toEqual([b]);

    const r2 = store.set(t, []);
    expect(r2).toHaveLength(1);
    expect(r2[0]).toEqual(b);
    expect(store.size).toBe(1);
    expect(store.get(t)).toEqual([]);
    expect([...store.all()]).toEqual([o]);
    expect(store.at(t, 0)).toBeUndefined();

    // Setting nothing on a node already empty changes nothing.
    expect(store.set(t, [])).toEqual([]);
    expect(store.size).toBe(1);

    expect(store.set(t, [a])).toEqual([]);
    expect(store.size).toBe(2);
    const r3 = store.set(t, [a, b]);
    expect(r3).toHaveLength(1);
    expect(r3[0]).toEqual(a);
    expect(store.size).toBe(3);
    // Replacing one match with one other match.
    const r4 = store.set(other, [match(other, 'J1100')]);
    expect(r4[0]).toEqual(o);
    expect(store.size).toBe(3);
  });

  it('the list returned by set is a snapshot: later replacements do not change it', () => {
    const doc = page('<p>64633 and 64634</p>');
    const t = textNode(doc.body, '64633');
    const store = new MatchStore();
    const a = match(t, '64633');
    const b = match(t, '64634');
    store.set(t, [a]);
    const got = store.get(t);
    const replaced = store.set(t, [a, b]);
    store.set(t, []);
    expect(got).toEqual([a]);
    expect(replaced).toEqual([a]);
  });

  it('pruneDisconnected drops one-match and several-match nodes alike and keeps size right', () => {
    const doc = page(
      '<div id="gone"><p>64633</p><p>64634 and J1100</p></div><p id="stay">99213</p><p id="stay2">99214 99215</p>',
    );
    const one = textNode(doc.body, '64633');
    const two = textNode(doc.body, '64634');
    const s1 = textNode(doc.body, '99213');
    const s2 = textNode(doc.body, '99214');
    const store = new MatchStore();
    store.set(one, [match(one, '64633')]);
    store.set(two, [match(two, '64634'), match(two, 'J1100')]);
    store.set(s1, [match(s1, '99213')]);
    store.set(s2, [match(s2, '99214'), match(s2, '99215')]);
    expect(store.size).toBe(6);
    doc.getElementById('gone')!.remove();
    expect(
      store
        .pruneDisconnected()
        .map((m) => m.code)
        .sort(),
    ).toEqual(['64633', '64634', 'J1100']);
    expect(store.size).toBe(3);
    expect([...store.all()].map((m) => m.code).sort()).toEqual(['99213', '99214', '99215']);
    expect(store.get(one)).toEqual([]);
    expect(store.get(two)).toEqual([]);
    expect(store.pruneDisconnected()).toEqual([]);
    expect(store.size).toBe(3);
  });

  it('codes() counts across one-match and several-match nodes in document order', () => {
    const doc = page('<p>J1100</p><p>64634 J1100</p><p>64634</p>');
    const [p1, p2, p3] = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const store = new MatchStore();
    store.set(p3, [match(p3, '64634')]);
    store.set(p2, [match(p2, '64634'), match(p2, 'J1100')]);
    store.set(p1, [match(p1, 'J1100')]);
    const codes = store.codes();
    expect(codes.map((c) => [c.code, c.count])).toEqual([
      ['J1100', 2],
      ['64634', 2],
    ]);
    expect(codes[0].first.node).toBe(p1);
    expect(codes[1].first.node).toBe(p2);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.codes()).toEqual([]);
  });
});
