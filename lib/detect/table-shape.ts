/**
 * The shape of tables and ARIA grids: which elements are tables, rows and cells, a cell's column (counting
 * colspans), a row's header cells, a table's header texts, and a cell's text (bounded). Reads only.
 */
import { MAX_CELL_TEXT_CHARS, MAX_HEADER_TEXT_CHARS, MAX_TABLE_COLUMNS } from './limits';

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);

export function isCell(el: Element): boolean {
  const tag = el.localName;
  return tag === 'td' || tag === 'th' || CELL_ROLES.has(el.getAttribute('role') ?? '');
}
export function isRow(el: Element): boolean {
  return el.localName === 'tr' || el.getAttribute('role') === 'row';
}
export function isTable(el: Element): boolean {
  return el.localName === 'table' || TABLE_ROLES.has(el.getAttribute('role') ?? '');
}
export function isHeaderCell(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'columnheader' || role === 'rowheader' || (el.localName === 'th' && !role);
}

/** The cells of a row in order (`<td>/<th>` children, or ARIA cells among the row's children). */
export function rowCells(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

export function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_TABLE_COLUMNS) : 1;
}

/**
 * The start of a cell's text, at most `max` characters: a cell may hold a whole page (layout tables), and
 * `textContent` would copy all of it each time a header or a Mod/Units cell is read.
 */
export function cellText(cell: Element, max = MAX_CELL_TEXT_CHARS): string {
  // Text only (the usual Mod, Units or remark cell): the browser joins it, and no wrapper is made for its
  // text nodes (each node wrapper an isolated world makes costs the page's GC; docs/performance.md).
  if (cell.childElementCount === 0) {
    const text = cell.textContent ?? '';
    return text.length > max ? text.slice(0, max) : text;
  }
  const doc = cell.ownerDocument;
  if (!doc) return '';
  let out = '';
  const walker = doc.createTreeWalker(cell, 0x4);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += (n as Text).data;
  return out.length > max ? out.slice(0, max) : out;
}

/** Column index of each cell of a row, counting colspans. */
export function columnsOf(row: Element): Map<Element, number> {
  const map = new Map<Element, number>();
  let col = 0;
  for (const c of rowCells(row)) {
    map.set(c, col);
    col += span(c);
  }
  return map;
}

/**
 * Rows of a table or grid in order, not descending into nested tables. Lazy: callers need only the first
 * rows (the header), and listing all rows of a 10k-line remittance made one scan slice take 100+ ms (docs/performance.md).
 */
export function* tableRows(table: Element): Generator<Element> {
  // Iterative: a grid nested thousands of wrappers deep must not exhaust the stack.
  let c = table.firstElementChild;
  while (c) {
    if (isRow(c)) yield c;
    else if (!isTable(c) && c.firstElementChild) {
      c = c.firstElementChild;
      continue;
    }
    while (c && c !== table && !c.nextElementSibling) c = c.parentElement;
    if (!c || c === table) return;
    c = c.nextElementSibling;
  }
}

/** A leading `<td>` row that reads like a header (older portals bold their header cells): text, no digits. */
export function looksLikeHeaderRow(cells: Element[]): boolean {
  return (
    cells.length > 1 && cells.every((c) => !/\d/.test(cellText(c))) && cells.some((c) => cellText(c).trim() !== '')
  );
}

/**
 * Header texts per column: rows in `<thead>`, leading rows of header cells, else a digit-free first row.
 * Bounded: at most {@link MAX_TABLE_COLUMNS} columns and {@link MAX_HEADER_TEXT_CHARS} characters each.
 */
export function headerTexts(table: Element): string[] {
  const texts: string[] = [];
  let r = -1;
  for (const rowEl of tableRows(table)) {
    r++;
    const cells = rowCells(rowEl);
    const inThead = rowEl.parentElement?.localName === 'thead';
    const header = inThead || (cells.length > 0 && cells.every(isHeaderCell)) || (r === 0 && looksLikeHeaderRow(cells));
    if (!header) break;
    let col = 0;
    for (const c of cells) {
      if (col >= MAX_TABLE_COLUMNS) break;
      const text = cellText(c, MAX_HEADER_TEXT_CHARS);
      const end = Math.min(col + span(c), MAX_TABLE_COLUMNS);
      for (let i = col; i < end; i++) texts[i] = `${texts[i] ?? ''} ${text}`.trim().slice(0, MAX_HEADER_TEXT_CHARS);
      col = end;
    }
  }
  return texts;
}

/**
 * `row.matches(':has(> selector)')`: answers a question about a row's cells without touching them from
 * script. Every element wrapper a content script creates stays in memory as long as the element does (a
 * measured fact of Chromium's isolated worlds; docs/performance.md), so asking the browser instead of
 * walking the cells keeps a 50k-line table's cells out of the extension's heap. null: the engine cannot say.
 */
function rowHas(row: Element, selector: string): boolean | null {
  try {
    return row.matches(`:has(> :is(${selector}))`);
  } catch {
    return null;
  }
}

/**
 * True when `row`'s own cells have no colspan: then a `<tr>` cell's `cellIndex` is its column (the column
 * count of {@link columnsOf}, which reads only the row itself, as `cellIndex` does). One query over the row's
 * children: a `[colspan]` query over the whole table cost ~50 ms on a 50k-line one, paid again by every
 * mutation pass and pointer read (docs/performance.md), so no reader asks the table.
 */
export function rowIsPlain(row: Element): boolean {
  try {
    return row.querySelector(':scope > [colspan]') === null;
  } catch {
    return false;
  }
}

/** Per document: whether its `cellIndex` counts its row's own cells only (see {@link cellIndexCounts}). */
const CELL_INDEX = new WeakMap<Document, boolean>();

/**
 * True when the DOM's `cellIndex` counts a row's own cells, as the HTML standard and browsers do. happy-dom
 * (the DOM of `claimlens scan`) counts the cells of tables nested in earlier cells too, which put a cell after
 * a nested table in the wrong column there (tests/unit/detect/cell-index.test.ts). Probed once per document on
 * a detached row.
 */
function cellIndexCounts(doc: Document | null): boolean {
  if (!doc) return false;
  let ok = CELL_INDEX.get(doc);
  if (ok === undefined) {
    const tr = doc.createElement('tr');
    const first = doc.createElement('td');
    first
      .appendChild(doc.createElement('table'))
      .appendChild(doc.createElement('tr'))
      .appendChild(doc.createElement('td'));
    const second = tr.appendChild(first).parentNode!.appendChild(doc.createElement('td')) as HTMLTableCellElement;
    ok = second.cellIndex === 1;
    CELL_INDEX.set(doc, ok);
  }
  return ok;
}

/** Column of `cell` in `row`, counting colspans (`plain`: the table has none below its header). */
export function columnOf(cell: Element, row: Element, plain: boolean): number {
  const index = (cell as HTMLTableCellElement).cellIndex;
  if (plain && row.localName === 'tr' && typeof index === 'number' && index >= 0 && cellIndexCounts(cell.ownerDocument))
    return index;
  return columnsOf(row).get(cell) ?? 0;
}

/**
 * The cells of `row` at the given columns; in a plain table only those cells are touched (not `row.cells`:
 * that collection is created and cached per row, ~90 bytes each on a 50k-line table).
 */
export function cellsAt(row: Element, columns: readonly number[], plain: boolean): Map<number, Element> {
  const out = new Map<number, Element>();
  if (plain && row.localName === 'tr') {
    for (const col of columns) {
      const c = cellAt(row, col, true);
      if (c) out.set(col, c);
    }
    return out;
  }
  const wanted = new Set(columns);
  for (const [c, col] of columnsOf(row)) if (wanted.has(col)) out.set(col, c);
  return out;
}

/** `:nth-child` selectors by column, built once each (a string per row read was garbage per candidate). */
const NTH_CHILD: string[] = [];

/** The cell of `row` at column `col` (see {@link cellsAt}); only that cell is touched in a plain `<tr>`. */
export function cellAt(row: Element, col: number, plain: boolean): Element | undefined {
  if (plain && row.localName === 'tr') {
    if (NTH_CHILD[col] === undefined) NTH_CHILD[col] = `:scope > :nth-child(${col + 1})`;
    const c = row.querySelector(NTH_CHILD[col]);
    return c && isCell(c) ? c : undefined;
  }
  for (const [c, at] of columnsOf(row)) if (at === col) return c;
  return undefined;
}

const HEADER_CELLS = 'th:not([role]), [role=columnheader], [role=rowheader]';
const DATA_CELLS = 'td:not([role=columnheader]):not([role=rowheader]), [role=cell], [role=gridcell], th[role=cell]';

/** True when every cell of the row is a header cell (and it has one); `cell` is one of its cells. */
export function isHeaderRow(row: Element, cell: Element): boolean {
  // A plain data cell answers at once: the row has a cell that is not a header.
  if (cell.localName === 'td' && !cell.hasAttribute('role')) return false;
  const data = rowHas(row, DATA_CELLS);
  const header = rowHas(row, HEADER_CELLS);
  if (data !== null && header !== null) return header && !data;
  const cells = rowCells(row);
  return cells.length > 0 && cells.every(isHeaderCell);
}

/** A header cell of the row other than `cell` (a key/value table's key), if any. */
export function rowHeaderOf(row: Element, cell: Element): Element | undefined {
  if (rowHas(row, HEADER_CELLS) === false) return undefined;
  return rowCells(row).find((c) => c !== cell && isHeaderCell(c));
}
