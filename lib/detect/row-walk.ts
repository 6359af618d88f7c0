/**
 * The walk of a big table body, row by row (docs/performance.md, "The walk of big table bodies"). The text
 * walk (`text-cursor.ts`) hands every text node of the page to the recognisers, and in a content script's
 * isolated world each one gets a wrapper held by a V8 weak handle, which the page's garbage collector then
 * processes (80 % of each scavenge on a 50k-line remittance). In a table body whose header the readers have
 * classified, most columns hold nothing any reader can find (amounts, ZIP codes, NPIs), and half the texts are
 * the whitespace between cells. This walk hops from row to row and cell to cell (elements only) and hands out
 * the texts of the cells some reader may find something in (`column-plan.ts`), exactly as the plain walk
 * would; the other cells' texts are never wrapped.
 *
 * Exact, not lossy: a row is walked as before (every text, in order) unless it is a plain `<tr>` of `<td>`
 * cells (no colspan or rowspan, no ARIA role but `row`), not the table's first row (a header-like row), with
 * exactly as many cells as the header has columns and no text of its own besides whitespace; a cell is
 * skipped only when it holds no table, row, cell or element with a role (its texts' context is then the cell).
 */
import type { CellWant } from './column-plan';

/** A row of more cells is walked as before. */
const MAX_ROW_CELLS = 256;
/** A row whose cells' columns are not their index, or that stretches past them. */
const SPANNED = ':scope > [colspan], :scope > [rowspan]';
/** Inside a cell, elements that give a text another cell, row, table or body as its context. */
const NESTED = 'table, tr, td, th, body, [role]';
const SKIP = 0;
const HAND = 1;

/** Space, tab, line feed, carriage return, form feed: what the text walk counts as blank (`text-cursor.ts`). */
function blankAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/**
 * Matches `cell`'s non-blank characters against `row`'s from `p`, skipping blanks on both sides; returns where
 * the match ended in `row`, or -1. After every cell of a row, a non-blank character left in the row's text
 * is text of the row's own (between its cells), which the plain walk would hand out.
 */
function matchCell(row: string, p: number, cell: string): number {
  for (let q = 0; ; p++, q++) {
    while (q < cell.length && blankAt(cell, q)) q++;
    if (q >= cell.length) return p;
    while (p < row.length && blankAt(row, p)) p++;
    if (p >= row.length || row.charCodeAt(p) !== cell.charCodeAt(q)) return -1;
  }
}

function restBlank(s: string, p: number): boolean {
  for (; p < s.length; p++) if (!blankAt(s, p)) return false;
  return true;
}

/**
 * One table body's rows, walked as described in the module comment. Resumable between calls; it keeps the
 * current row's cells only (no wrapper of an earlier row survives it; docs/performance.md).
 */
export class BodyWalk {
  /** Estimated texts of the rows walked by cells (a cell's text and the whitespace beside it). */
  estimated = 0;
  private child: Node | null = null;
  private readonly cells: Element[] = [];
  private readonly hand = new Uint8Array(MAX_ROW_CELLS);
  /** The next cell of the current row to look at; -1 between rows. */
  private at = -1;
  /** The subtree walked with the main walker (a row or cell read as before), or null. */
  private sub: Node | null = null;
  /** The next child of the text-only cell being handed out. */
  private textChild: Node | null = null;

  /**
   * @param walker the text walk's own TreeWalker (its root holds the body), moved here for the subtrees read
   *   as before; the caller puts it after the body when {@link next} returns null.
   * @param first the table's first row (a header-like row is read as before).
   */
  constructor(
    readonly body: Element,
    private readonly plan: readonly CellWant[],
    private readonly walker: TreeWalker,
    private readonly first: Element | undefined,
  ) {}

  /**
   * The next text of the body some reader may want, in document order; null at the body's end; undefined
   * after a row that handed nothing out (the caller may check its clock).
   */
  next(): Text | null | undefined {
    for (;;) {
      if (this.sub) {
        const n = this.walker.nextNode();
        if (n && this.sub.contains(n)) return n as Text;
        this.sub = null;
        continue;
      }
      if (this.textChild) {
        const n = this.textChild;
        this.textChild = n.nextSibling;
        if (n.nodeType === 3) return n as Text;
        continue;
      }
      if (this.at >= 0) {
        if (this.nextCell()) continue;
        this.cells.length = 0;
        this.at = -1;
        return undefined;
      }
      const c = this.child ? this.child.nextSibling : this.body.firstChild;
      this.child = c;
      if (!c) return null;
      // Text directly in the body (whitespace between rows; anything else a script put there) and any element
      // that is not a plain row are read as before.
      if (c.nodeType === 3) return c as Text;
      if (c.nodeType === 1 && !this.startRow(c as Element)) this.readAll(c);
    }
  }

  private readAll(node: Node): void {
    this.walker.currentNode = node;
    this.sub = node;
  }

  /** Starts handing out the next wanted cell of the row; false when the row has none left. */
  private nextCell(): boolean {
    for (let k = this.at; k < this.cells.length; k++) {
      if (this.hand[k] === SKIP) continue;
      const cell = this.cells[k];
      this.at = k + 1;
      if (cell.firstElementChild === null) this.textChild = cell.firstChild;
      else this.readAll(cell);
      return true;
    }
    this.at = this.cells.length;
    return false;
  }

  /** Decides the row's cells (see the module comment); false: the row is read as before. */
  private startRow(row: Element): boolean {
    if (row.localName !== 'tr' || row === this.first) return false;
    const role = row.getAttribute('role');
    if ((role !== null && role !== 'row') || row.querySelector(SPANNED) !== null) return false;
    const text = row.textContent ?? '';
    const cells = this.cells;
    let p = 0;
    let k = 0;
    let c = row.firstElementChild;
    for (; c; c = c.nextElementSibling, k++) {
      if (k >= MAX_ROW_CELLS || k >= this.plan.length || c.localName !== 'td') break;
      const own = c.textContent ?? '';
      p = matchCell(text, p, own);
      if (p < 0) break;
      const want = this.plan[k];
      if (want !== true && c.firstElementChild !== null && c.querySelector(NESTED) !== null) break;
      this.hand[k] = want === true || (want !== false && want(own)) ? HAND : SKIP;
      cells.push(c);
    }
    // A cell that stopped the loop, a cell count other than the header's, or text of the row's own.
    if (c !== null || k !== this.plan.length || !restBlank(text, p)) {
      cells.length = 0;
      return false;
    }
    this.estimated += 2 * k + 1;
    this.at = 0;
    return true;
  }
}
