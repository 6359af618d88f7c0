/**
 * Finds adjustment and remark codes in a page (or a part of it) for the in-page feature: a native
 * TreeWalker over text nodes, a cheap prefilter per node, then {@link findAdjustmentCodes} with the
 * table column's kind read from its header. Reads only; keeps node references and offsets, never text.
 * Visibility and skipped regions (inputs, scripts, editable areas, our UI) follow the code detector's rules.
 */
import type { CellWant } from '../detect/column-plan';
import type { Recogniser } from '../detect/recognisers';
import { excludedByAncestors } from '../detect/text-walk';
import { attributeHidden } from '../detect/visibility';
import { headerTexts } from '../detect/table-context';
import { columnOf, rowIsPlain } from '../detect/table-shape';
import { type AdjustmentColumn, adjustmentColumnOf, findAdjustmentCodes } from './find-adjustments';
import type { GroupCode } from './types';

/** One adjustment or remark code on the page: offsets in `node`'s data. */
export interface AdjustmentMatch {
  node: Text;
  start: number;
  end: number;
  kind: 'carc' | 'rarc';
  code: string;
  group?: GroupCode;
}

/** Texts that may hold an adjustment code (most text nodes fail this at once). */
const MAY_HOLD =
  /(?:CO|PR|OA|PI|CR)[ -]?[A-Z]?\d|CARC|RARC|[Rr]emark|[Rr]eason|(?:^|[^A-Za-z0-9])(?:MA?|N)[1-9]|^\s*[A-Z]?\d{1,3}\s*$/;
/**
 * A superset, on a cell's whole text, of what {@link findAdjustmentCodes} finds in any one of its text nodes
 * outside a reason column: each of its forms (group and reason, CARC/RARC/remark/reason labels, remark codes)
 * holds one of these, and none of them needs a start, an end or a boundary, which a cell of several text
 * nodes joined into one string would not keep (MAY_HOLD's `^…$` and `(?:^|[^A-Za-z0-9])` parts would not).
 */
const MAY_FIND = /(?:CO|PR|OA|PI|CR)[ -]?[A-Z]?\d|CARC|RARC|[Rr]emark|[Rr]eason|MA\d|M[1-9]|N[1-9]/;
/** In a reason column a bare reason (`97`, `B15`) counts too: every form holds a digit. */
const DIGIT = /\d/;
const mayFind = (text: string) => MAY_FIND.test(text);
const hasDigit = (text: string) => DIGIT.test(text);

/** Longest text node read (a node holding a whole document is not a remittance cell). */
const MAX_TEXT = 4000;
const CELL = 'td, th, [role="cell"], [role="gridcell"]';
const TABLE = 'table, [role="grid"], [role="table"], [role="treegrid"]';

/** Column kinds per table, read once per scan (create one per scan: the DOM changes between scans). */
export class AdjustmentColumns {
  private readonly tables = new Map<Element, AdjustmentColumn[]>();
  /**
   * The last row read, its table's column kinds and whether its cells have a colspan: a row's texts come one
   * after another in the scan, so its table and colspans are looked up once per row, not once per text (one
   * row only: no wrapper of an earlier row is kept; docs/performance.md).
   */
  private last: { row: Element; kinds: AdjustmentColumn[] | null; plain: boolean } | null = null;

  /** What the column of the cell holding `node` holds, or null outside a table or in an unlabelled column. */
  of(node: Text): AdjustmentColumn {
    const cell = node.parentElement?.closest(CELL);
    const row = cell?.parentElement;
    if (!cell || !row) return null;
    if (this.last?.row !== row) {
      const table = row.closest(TABLE);
      // The cell's column from its index (docs/performance.md: walking a row's cells keeps every cell's wrapper
      // for the page's lifetime, 11 MB on a 50k-line remittance), when its own row has no colspan: asking the
      // row, not the whole table, keeps a hover or a mutation pass from querying every cell of a big table.
      this.last = { row, kinds: table ? this.kindsOf(table) : null, plain: !!table && rowIsPlain(row) };
    }
    const { kinds, plain } = this.last;
    if (!kinds) return null;
    const col = columnOf(cell, row, plain);
    // A header row names columns: its own text is never a code.
    if (row.parentElement?.localName === 'thead' || cell.localName === 'th') return null;
    return kinds[col] ?? null;
  }

  /** What each column of `table` holds, from its header (read once per instance). */
  kindsOf(table: Element): AdjustmentColumn[] {
    let kinds = this.tables.get(table);
    if (!kinds) {
      kinds = headerTexts(table).map((h) => adjustmentColumnOf(h ?? ''));
      this.tables.set(table, kinds);
    }
    return kinds;
  }
}

/**
 * The adjustment codes' recogniser for the page scanner's one text walk (lib/page/text-readers.ts): a string
 * test only, the same as {@link adjustmentCandidates}'s, so both find the same texts.
 */
export function adjustmentRecogniser(): Recogniser {
  return { name: 'adjustments', mayHold: (data) => data.length <= MAX_TEXT && MAY_HOLD.test(data) };
}

/**
 * The adjustment reader's wants per column of a big table body (lib/detect/column-plan.ts): a cell's whole
 * text is tested against what {@link adjustmentsInText} could find in any of its text nodes, for the column's
 * kind as {@link AdjustmentColumns.of} reads it (the body's rows are `<td>` rows of a `<tbody>` in `table`).
 */
export function adjustmentColumnWants(table: Element, columns = new AdjustmentColumns()): CellWant[] {
  return columns.kindsOf(table).map((kind) => (kind === 'reason' ? hasDigit : mayFind));
}

/** Adjustment codes in one text node (already known to be visible). */
export function adjustmentsInText(node: Text, columns: AdjustmentColumns): AdjustmentMatch[] {
  const data = node.data;
  if (data.length > MAX_TEXT || !MAY_HOLD.test(data)) return [];
  const column = columns.of(node);
  // A bare reason such as "97" counts only in a reason column: skip the header lookup cost elsewhere.
  return findAdjustmentCodes(data, column).map((t) => ({ node, ...t }));
}

/**
 * Text nodes under `root` that may hold adjustment codes, in document order, visible and outside skipped
 * regions and `isOwn` nodes (our UI). A generator, so callers can scan in time slices.
 */
export function* adjustmentCandidates(root: Node, doc: Document, isOwn: (n: Node) => boolean): Generator<Text> {
  if (root.nodeType === 3) {
    const t = root as Text;
    if (MAY_HOLD.test(t.data) && !isOwn(t) && !excludedByAncestors(t.parentElement, attributeHidden)) yield t;
    return;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.length > MAX_TEXT || !MAY_HOLD.test(t.data)) continue;
    if (isOwn(t) || excludedByAncestors(t.parentElement, attributeHidden)) continue;
    yield t;
  }
}
