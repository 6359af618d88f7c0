// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { page, textNode } from './dom-helpers';

function match(node: Text, code: string): PageMatch {
  const start = node.data.indexOf(code);
  return {
    code,
    system: 'CPT',
    category: 'I',
    start,
    end: start + code.length,
    modifiers: [],
    units: null,
    addOnMarker: false,
    role: 'billed' as const,
    node,
  };
}

describe('MatchStore', () => {
  it('keys matches by text node, finds the one under a caret offset, and replaces on rescan', () => {
    const doc = page('<p id="a">64633 and 64634</p>');
    const t = textNode(doc.body, '64633');
    const store = new MatchStore();
    store.set(t, [match(t, '64633'), match(t, '64634')]);
    expect(store.size).toBe(2);
    expect(store.at(t, 0)?.code).toBe('64633');
    expect(store.at(t, 5)?.code).toBe('64633'); // caret right after the last digit
    expect(store.at(t, 7)).toBeUndefined(); // in " and "
    expect(store.at(t, 12)?.code).toBe('64634');
    const old = store.set(t, [match(t, '64634')]);
    expect(old.map((m) => m.code)).toEqual(['64633', '64634']);
    expect(store.size).toBe(1);
    store.set(t, []);
    expect(store.size).toBe(0);
    expect(store.get(t)).toEqual([]);
  });

  it('drops the matches of nodes that left the document', () => {
    const doc = page('<p id="a">64633</p><p id="b">J1100</p>');
    const a = textNode(doc.body, '64633');
    const b = textNode(doc.body, 'J1100');
    const store = new MatchStore();
    store.set(a, [match(a, '64633')]);
    store.set(b, [match(b, 'J1100')]);
    doc.getElementById('a')!.remove();
    expect(store.pruneDisconnected().map((m) => m.code)).toEqual(['64633']);
    expect(store.size).toBe(1);
    expect([...store.all()].map((m) => m.code)).toEqual(['J1100']);
  });

  it('lists distinct codes in document order of first occurrence, with counts', () => {
    const doc = page('<p>J1100</p><p>64634</p><p>J1100 again</p>');
    const [p1, p2, p3] = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const store = new MatchStore();
    // Inserted out of document order on purpose (viewport-first scanning does that).
    store.set(p3, [match(p3, 'J1100')]);
    store.set(p2, [match(p2, '64634')]);
    store.set(p1, [match(p1, 'J1100')]);
    const codes = store.codes();
    expect(codes.map((c) => [c.code, c.count])).toEqual([
      ['J1100', 2],
      ['64634', 1],
    ]);
    expect(codes[0].first.node).toBe(p1);
  });
});
