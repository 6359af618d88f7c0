// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type MatchChange } from '../../../lib/page/page-scanner';
import type { SliceHost } from '../../../lib/page/slice-runner';
import { isKnown, page } from './dom-helpers';
import { settleScanner } from '../../helpers/settle-timers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };
const settle = () => settleScanner();

function scanner(doc: Document, changes: MatchChange[] = []) {
  const controller = new AbortController();
  const s = new PageScanner({
    doc,
    win: window,
    isKnown,
    host,
    signal: controller.signal,
    isOwnNode: () => false,
    onChange: (c) => changes.push(c),
  });
  return { s, controller };
}

const codes = (s: PageScanner) => [...s.store.all()].map((m) => m.code).sort();

describe('PageScanner', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('finds the codes of a claim grid with their row modifiers and units, and not the look-alikes', async () => {
    const doc = page(`
      <p>Spokane, WA 99213. Billed $64634.</p>
      <table><thead><tr><th>Claim #</th><th>CPT</th><th>Mod</th><th>Units</th></tr></thead>
      <tbody><tr><td>99215</td><td>64634</td><td>RT</td><td>2</td></tr><tr><td>99215</td><td>64633</td><td>RT</td><td>1</td></tr></tbody></table>`);
    const { s, controller } = scanner(doc);
    stop = () => controller.abort();
    await s.start();
    expect(codes(s)).toEqual(['64633', '64634']);
    const m = [...s.store.all()].find((x) => x.code === '64634')!;
    expect(m.modifiers).toEqual(['RT']);
    expect(m.units).toBe(2);
    expect(s.stats.fullDoneAt).toBeDefined();
  });

  it('follows mutations in batches: added rows are scanned, removed rows dropped, changed text rescanned', async () => {
    const doc = page('<table><tbody id="tb"><tr><td>64633</td></tr></tbody></table><p id="t">status</p>');
    const changes: MatchChange[] = [];
    const { s, controller } = scanner(doc, changes);
    stop = () => controller.abort();
    await s.start();
    expect(codes(s)).toEqual(['64633']);
    const unitsBefore = s.stats.units;

    const tb = doc.getElementById('tb')!;
    const row = doc.createElement('tr');
    row.innerHTML = '<td>64634</td>';
    tb.append(row);
    await settle();
    expect(codes(s)).toEqual(['64633', '64634']);
    // Only the added row was read, not the page again.
    expect(s.stats.units - unitsBefore).toBe(1);
    expect(s.stats.lastBatchUnits).toBe(1);

    row.remove();
    await settle();
    expect(codes(s)).toEqual(['64633']);
    expect(changes.some((c) => c.removed.some((m) => m.code === '64634'))).toBe(true);

    const text = doc.getElementById('t')!.firstChild as Text;
    text.data = 'now J1100';
    await settle();
    expect(codes(s)).toEqual(['64633', 'J1100']);
    text.data = 'gone';
    await settle();
    expect(codes(s)).toEqual(['64633']);
  });

  it('stops observing when its signal aborts', async () => {
    const doc = page('<p>64633</p>');
    const { s, controller } = scanner(doc);
    await s.start();
    controller.abort();
    const p = doc.createElement('p');
    p.textContent = '64634';
    doc.body.append(p);
    await settle();
    expect(codes(s)).toEqual(['64633']);
  });

  it('keeps the match of an unchanged code when its row is moved and rescanned', async () => {
    const doc = page(
      '<table><tbody id="tb"><tr id="a"><td>64633</td></tr><tr id="b"><td>64634</td></tr></tbody></table>',
    );
    const changes: MatchChange[] = [];
    const { s, controller } = scanner(doc, changes);
    stop = () => controller.abort();
    await s.start();
    const before = [...s.store.all()].find((m) => m.code === '64634')!;
    changes.length = 0;
    const tb = doc.getElementById('tb')!;
    tb.insertBefore(doc.getElementById('b')!, doc.getElementById('a'));
    await settle();
    // Matches are rebuilt on every read: the same occurrence compares equal, and no change was reported.
    expect([...s.store.all()].find((m) => m.code === '64634')).toEqual(before);
    expect(changes.flatMap((c) => [...c.added, ...c.removed])).toEqual([]);
  });
});
