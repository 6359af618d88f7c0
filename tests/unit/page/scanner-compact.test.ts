// @vitest-environment happy-dom
/**
 * What the scanner stores per match (the heap budget, docs/performance.md): typed records with one frozen
 * list per distinct modifier list and one string per distinct code, no `row` reference; matches are built on
 * demand and compared with `sameMatch`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type MatchChange } from '../../../lib/page/page-scanner';
import { type PageMatch, sameMatch } from '../../../lib/page/match-store';
import type { SliceHost } from '../../../lib/page/slice-runner';
import { rowOf } from '../../../lib/page/claim-lines';
import { isKnown, page, textNode } from './dom-helpers';
import { settleScanner } from '../../helpers/settle-timers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };
const settle = () => settleScanner();

describe('PageScanner stored matches', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  async function scan(html: string, changes: MatchChange[] = []) {
    const doc = page(html);
    const controller = new AbortController();
    stop = () => controller.abort();
    const s = new PageScanner({
      doc,
      win: window,
      isKnown,
      host,
      signal: controller.signal,
      isOwnNode: () => false,
      onChange: (c) => changes.push(c),
    });
    await s.start();
    return { doc, s };
  }
  const of = (s: PageScanner, node: Text): PageMatch => {
    const [m] = s.store.get(node);
    expect(m).toBeDefined();
    return m;
  };

  it('matches without modifiers share one frozen empty list; the same code in two nodes has one code value', async () => {
    const { doc, s } = await scan(
      '<p id="a">CPT 64633</p><div><span id="b">Then 64633 again</span></div><p id="c">and J1100</p>',
    );
    const a = of(s, textNode(doc.getElementById('a')!, '64633'));
    const b = of(s, textNode(doc.getElementById('b')!, '64633'));
    const c = of(s, textNode(doc.getElementById('c')!, 'J1100'));
    expect(a).not.toBe(b);
    expect(a.code).toBe('64633');
    // String identity is not observable from JS; equality is what a consumer sees.
    expect(a.code === b.code).toBe(true);
    expect(c.code).toBe('J1100');
    expect(a.modifiers).toEqual([]);
    expect(Object.isFrozen(a.modifiers)).toBe(true);
    expect(b.modifiers).toBe(a.modifiers);
    expect(c.modifiers).toBe(a.modifiers);
  });

  it('modifier lists are stored once per distinct list (frozen, shared by every match that has it)', async () => {
    const { doc, s } = await scan(
      '<p id="a">99213-25</p><p id="b">64634-59-RT</p><p id="c">64633</p><p id="d">99214-25</p>',
    );
    const a = of(s, textNode(doc.getElementById('a')!, '99213'));
    const b = of(s, textNode(doc.getElementById('b')!, '64634'));
    const c = of(s, textNode(doc.getElementById('c')!, '64633'));
    const d = of(s, textNode(doc.getElementById('d')!, '99214'));
    expect(a.modifiers).toEqual(['25']);
    expect(b.modifiers).toEqual(['59', 'RT']);
    expect(a.modifiers).not.toBe(b.modifiers);
    expect(d.modifiers).toBe(a.modifiers);
    expect(Object.isFrozen(a.modifiers)).toBe(true);
    expect(Object.isFrozen(c.modifiers)).toBe(true);
    expect(a.modifiers).not.toBe(c.modifiers);
  });

  it('row modifiers read from a Mod column stay with their own match', async () => {
    const { s } = await scan(`<table><thead><tr><th>CPT</th><th>Mod</th><th>Units</th></tr></thead>
      <tbody><tr><td>64634</td><td>RT</td><td>2</td></tr><tr><td>64633</td><td></td><td>1</td></tr></tbody></table>`);
    const all = [...s.store.all()];
    const withMod = all.find((m) => m.code === '64634')!;
    const without = all.find((m) => m.code === '64633')!;
    expect(withMod.modifiers).toEqual(['RT']);
    expect(without.modifiers).toEqual([]);
    expect(Object.isFrozen(without.modifiers)).toBe(true);
  });

  it('stored matches carry no row; the claim check finds it on demand', async () => {
    const { s } = await scan('<table><tbody><tr id="r"><td><b>64634</b></td></tr></tbody></table>');
    const [m] = [...s.store.all()];
    expect(m.row).toBeUndefined();
    expect(rowOf(m)?.id).toBe('r');
  });

  it('a node rescanned after a change also gets the shared empty list, and a kept match takes the new list', async () => {
    const changes: MatchChange[] = [];
    const { doc, s } = await scan('<p id="a">64633</p><p id="b">64634-59</p>', changes);
    const shared = of(s, textNode(doc.getElementById('a')!, '64633')).modifiers;
    const bText = textNode(doc.getElementById('b')!, '64634');
    const before = of(s, bText);
    expect(before.modifiers).toEqual(['59']);
    bText.data = '64634 J1100';
    await settle();
    const [kept, added] = s.store.get(bText);
    // Same code at the same offsets: the same occurrence (not reported as changed), its modifiers follow the page.
    expect(sameMatch(kept, before)).toBe(true);
    expect(kept.modifiers).toBe(shared);
    expect(added.code).toBe('J1100');
    expect(added.modifiers).toBe(shared);
  });
});
