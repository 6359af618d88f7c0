// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initAdjustmentCodes } from '../../../entrypoints/content/features/adjustment-codes';
import { adjustmentView } from '../../../lib/denials/view';
import type { ExplainAdjustmentRequest } from '../../../lib/messages';
import type { PageMatch } from '../../../lib/page/match-store';
import { type MatchChange, PageScanner } from '../../../lib/page/page-scanner';
import type { TextReader } from '../../../lib/page/text-readers';
import { isKnown } from '../page/dom-helpers';
import { ShadowRootSet } from '../../../lib/page/shadow-roots';
import { surroundings } from './harness';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** The highlight feature's parts the adjustment codes use, over a real page scanner (its walk reads them). */
function fakeHighlight() {
  const marked = new Set<unknown>();
  const listeners: ((c: MatchChange) => void)[] = [];
  const controller = new AbortController();
  const scanner = new PageScanner({
    doc: document,
    win: window,
    isKnown,
    host: { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) },
    signal: controller.signal,
    isOwnNode: () => false,
    onChange: (c) => {
      for (const fn of listeners) fn(c);
    },
  });
  let scanned = () => {};
  const firstScan = new Promise<void>((r) => {
    scanned = r;
  });
  return {
    marked,
    /** Runs the first scan (the content script starts it once every feature has joined). */
    start: () => scanner.start().then(scanned),
    stop: () => controller.abort(),
    h: {
      store: scanner.store,
      shadowRoots: new ShadowRootSet(),
      firstScan,
      addReader: (r: TextReader) => scanner.addReader(r),
      onChange: (fn: (c: MatchChange) => void) => void listeners.push(fn),
      marks: {
        add: (ms: readonly PageMatch[]) => {
          for (const m of ms) marked.add(m);
        },
        remove: (ms: readonly PageMatch[]) => {
          for (const m of ms) marked.delete(m);
        },
      },
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('adjustment-codes feature', () => {
  it('marks the codes the scan walk finds, reads what the page adds, and forgets removed ones', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Proc</th><th>Adj</th><th>Remarks</th></tr></thead>
      <tbody id="b"><tr id="r1"><td>77003</td><td>CO-97</td><td>M80</td></tr></tbody></table>
      <p>97 Main Street</p>`;
    const s = surroundings();
    const f = fakeHighlight();
    const feature = initAdjustmentCodes(s.page, { settings: s.settings, ui: s.ui, highlight: f.h });
    await f.start();
    await feature.ready;
    expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80']);
    expect(f.marked.size).toBe(2);
    // An SPA appends a row: the scan's mutation pass reads it, its adjustment codes included.
    const row = document.createElement('tr');
    row.innerHTML = '<td>64634</td><td>CO-B15</td><td>N122</td>';
    document.getElementById('b')!.append(row);
    await vi.waitFor(() => expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80', 'B15', 'N122']));
    expect(f.marked.size).toBe(4);
    document.getElementById('r1')!.remove();
    await vi.waitFor(() => expect(feature.all().map((m) => m.code)).toEqual(['B15', 'N122']));
    expect(f.marked.size).toBe(2);
    // A text the page rewrites without an adjustment code loses its mark.
    (row.children[2].firstChild as Text).data = 'paid';
    await vi.waitFor(() => expect(feature.all().map((m) => m.code)).toEqual(['B15']));
    expect(f.marked.size).toBe(1);
    f.stop();
    s.retire();
  });

  it('forgets the codes of a removed row that holds adjustment codes only (no CPT/HCPCS code removed with it)', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Proc</th><th>Adj</th><th>Remarks</th></tr></thead>
      <tbody id="b"><tr id="r1"><td>77003</td><td>CO-97</td><td>M80</td></tr>
      <tr id="r2"><td>paid</td><td>CO-45</td><td>N362</td></tr></tbody></table>`;
    const s = surroundings();
    const f = fakeHighlight();
    const feature = initAdjustmentCodes(s.page, { settings: s.settings, ui: s.ui, highlight: f.h });
    await f.start();
    await feature.ready;
    expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80', '45', 'N362']);
    // An SPA swaps the adjustment-only row for a new one in one batch: the pass that reads the new row has
    // forgotten the old row's codes (else they would stay marked and count towards MAX_MARKED).
    document.getElementById('r2')!.remove();
    const row = document.createElement('tr');
    row.innerHTML = '<td>paid</td><td>PR-2</td><td>MA130</td>';
    document.getElementById('b')!.append(row);
    await vi.waitFor(() => expect(feature.all().map((m) => m.code)).toContain('MA130'));
    expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80', '2', 'MA130']);
    expect(f.marked.size).toBe(4);
    f.stop();
    s.retire();
  });

  it('asks with the row question and shows the answer in the popover', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Proc</th><th>Adj</th><th>Remarks</th></tr></thead>
      <tbody><tr><td>77003</td><td>CO-97</td><td>M80</td></tr></tbody></table>`;
    const s = surroundings();
    const f = fakeHighlight();
    const asked: ExplainAdjustmentRequest[] = [];
    const feature = initAdjustmentCodes(s.page, {
      settings: s.settings,
      ui: s.ui,
      highlight: f.h,
      ask: async (req) => {
        asked.push(req);
        return {
          ok: true,
          view: { ...adjustmentView('carc', '97', 'CO'), cause: { rule: null, codes: [], detail: 'test cause' } },
        };
      },
    });
    await f.start();
    await feature.ready;
    feature.open(feature.all()[0]);
    await flush();
    expect(asked).toEqual([
      { type: 'csToBg:explainAdjustment', kind: 'carc', code: '97', group: 'CO', remarks: ['M80'] },
    ]);
    const card = s.ui.find('.cl-adjustment[data-adjustment="CO-97"]');
    expect(card?.querySelector('.cl-adjustment-cause')?.textContent).toBe('test cause');
    s.retire();
  });
});
