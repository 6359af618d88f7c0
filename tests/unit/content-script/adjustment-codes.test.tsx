// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { initAdjustmentCodes } from '../../../entrypoints/content/features/adjustment-codes';
import { adjustmentView } from '../../../lib/denials/view';
import type { ExplainAdjustmentRequest } from '../../../lib/messages';
import type { PageMatch } from '../../../lib/page/match-store';
import type { MatchChange } from '../../../lib/page/page-scanner';
import { ShadowRootSet } from '../../../lib/page/shadow-roots';
import { surroundings } from './harness';

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeHighlight(codes: PageMatch[] = []) {
  const marked = new Set<unknown>();
  const listeners: ((c: MatchChange) => void)[] = [];
  return {
    marked,
    emit: (c: MatchChange) => {
      for (const fn of listeners) fn(c);
    },
    h: {
      store: { all: () => codes } as never,
      shadowRoots: new ShadowRootSet(),
      firstScan: Promise.resolve(),
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
  it('marks the codes after the first scan, follows rows the code scan re-reads, and forgets removed ones', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Proc</th><th>Adj</th><th>Remarks</th></tr></thead>
      <tbody id="b"><tr id="r1"><td>77003</td><td>CO-97</td><td>M80</td></tr></tbody></table>
      <p>97 Main Street</p>`;
    const s = surroundings();
    const f = fakeHighlight();
    const feature = initAdjustmentCodes(s.page, { settings: s.settings, ui: s.ui, highlight: f.h });
    await feature.ready;
    expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80']);
    expect(f.marked.size).toBe(2);
    // An SPA appends a row: the code scan reports its code, and the row is read for adjustment codes too.
    const row = document.createElement('tr');
    row.innerHTML = '<td>64634</td><td>CO-B15</td><td>N122</td>';
    document.getElementById('b')!.append(row);
    f.emit({ added: [{ node: row.firstChild!.firstChild as Text } as PageMatch], removed: [], settled: false });
    await flush();
    await flush();
    expect(feature.all().map((m) => m.code)).toEqual(['97', 'M80', 'B15', 'N122']);
    document.getElementById('r1')!.remove();
    f.emit({ added: [], removed: [{} as PageMatch], settled: false });
    expect(feature.all().map((m) => m.code)).toEqual(['B15', 'N122']);
    expect(f.marked.size).toBe(2);
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
