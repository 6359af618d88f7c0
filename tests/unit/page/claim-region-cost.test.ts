// @vitest-environment happy-dom
/**
 * What choosing and re-reading a claim costs on a big table (docs/performance.md, session 5): the pointed line
 * of a long row group is found in the store's order without ordering two rows against each other (on a
 * 50,000-row body each such comparison walks the body's children), and a claim's few lines are re-read without
 * one `[colspan]` query over the whole table (~50 ms per hover on a 50k-line page). Counts DOM calls, never time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { TableContextCache } from '../../../lib/detect/table-context';
import { claimLinesFrom } from '../../../lib/page/claim-lines';
import { claimInGroup, matchesInGroupOrdered } from '../../../lib/page/claim-region';
import { seenRecheck } from '../../../lib/page/line-recheck';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { isKnown, page } from './dom-helpers';

const CODES = ['64633', '64634', '64490', '64491', '20610', '99213'];

/** A claim table of `n` lines (claims of 3 lines); `extra` is appended as the last body row. */
function table(n: number, extra = ''): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<tr id="r${i}"><td>A${Math.floor(i / 3)}</td><td>${CODES[i % CODES.length]}</td><td>${i % 2 ? 'RT' : 'LT'}</td><td>${1 + (i % 3)}</td></tr>`,
  );
  return `<table id="t"><thead><tr><th>Claim #</th><th>CPT</th><th>Mod</th><th>Units</th></tr></thead><tbody id="g">${rows.join('')}${extra}</tbody></table>`;
}

function stored(html: string): { doc: Document; store: MatchStore } {
  const doc = page(html);
  const store = new MatchStore();
  const byNode = new Map<Text, PageMatch[]>();
  for (const m of collectCodes(doc.body, doc, { isKnown, keepRow: false })) {
    const list = byNode.get(m.node) ?? [];
    list.push(m);
    byNode.set(m.node, list);
  }
  for (const [node, list] of byNode) store.set(node, list, 'append');
  return { doc, store };
}

const rowIds = (ms: readonly PageMatch[]) => ms.map((m) => m.node.parentElement!.parentElement!.id);

describe('claim region on a big table', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('finds the pointed line of a long row group without ordering two of its text nodes', () => {
    const { doc, store } = stored(table(330));
    const g = doc.getElementById('g')!;
    const lines = matchesInGroupOrdered(store, g);
    const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    const claim = claimInGroup(store, g, lines[250], 50);
    expect(rowIds(claim)).toEqual(['r249', 'r250', 'r251']);
    // The group's own span is found by comparing the group element with nodes; nothing compares two texts.
    const betweenTexts = compare.mock.contexts.filter((n) => (n as Node).nodeType === Node.TEXT_NODE);
    expect(betweenTexts).toHaveLength(0);
  });

  it("re-reads a claim's lines without a whole-table colspan query, and reads the same modifiers and units", () => {
    const { doc, store } = stored(table(60));
    const g = doc.getElementById('g')!;
    const lines = matchesInGroupOrdered(store, g);
    const claim = claimInGroup(store, g, lines[31], 3);
    const query = vi.spyOn(Element.prototype, 'querySelector');
    const read = claimLinesFrom(claim, undefined, seenRecheck(doc, window, isKnown), true);
    expect(read.lines.map((l) => l.line)).toEqual([
      { code: CODES[30 % 6], modifiers: ['LT'], units: 1 },
      { code: CODES[31 % 6], modifiers: ['RT'], units: 2 },
      { code: CODES[32 % 6], modifiers: ['LT'], units: 3 },
    ]);
    const tableWide = query.mock.calls.filter(([selector]) => selector.includes('tr > [colspan]'));
    expect(tableWide).toHaveLength(0);
  });

  it('the table cache counts colspans from the row itself: columns past a colspan, no whole-table query', () => {
    // A body row with a colspan: cells after it sit one column further than their index.
    const { doc } = stored(
      table(6, '<tr id="wide"><td colspan="2">A9 total</td><td id="m">RT</td><td id="u">2</td></tr>'),
    );
    const query = vi.spyOn(Element.prototype, 'querySelector');
    const tables = new TableContextCache();
    const unit = tables.contextOf(doc.getElementById('u'));
    expect(query.mock.calls.filter(([s]) => s.includes('tr > [colspan]'))).toHaveLength(0);
    expect(unit?.column).toBe(3);
    expect(unit?.role).toBe('units');
    expect(tables.contextOf(doc.getElementById('m'))?.role).toBe('modifier');
  });
});
