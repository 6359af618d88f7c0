/**
 * Table context of a text node: the cell it sits in, that cell's row, and what the column header (or the
 * row's header cell, for key/value tables) says about it. Works for `<table>` and ARIA grids
 * (`role=grid|table`, `row`, `columnheader`, `gridcell|cell`), which React portals often render with divs.
 * Caches per scan; never modifies the DOM.
 */
import { classifyHeader } from './context-labels';
import { MAX_CELL_TEXT_CHARS, MAX_HEADER_TEXT_CHARS, MAX_TABLE_COLUMNS } from './limits';
import type { ColumnRole } from './types';

/** Where a text node sits in a table. */
export interface CellContext {
  cell: Element;
  row: Element;
  /** Zero-based column index, counting colspans. */
  column: number;
  /** Role from the column header, falling back to the row's header cell; undefined when neither exists. */
  role: ColumnRole | undefined;
  /** Roles of every column of the table header, by column index. */
  headerRoles: readonly ColumnRole[];
  /** The header names claim-line columns (modifiers, units, charges, service dates): a claim table. */
  claimTable: boolean;
  /** The role came from the row's own header cell (a key/value table such as a claim detail). */
  keyValue: boolean;
}

/** Header words of claim-line columns besides Mod/Units (money billed or paid, the date of service). */
const CLAIM_COLUMN = /\b(?:billed|charges?|paid|allowed|dos|date\s+of\s+service|service\s+date|svc\s+date)\b/i;

interface TableHeader {
  roles: ColumnRole[];
  claimTable: boolean;
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);

function isCell(el: Element): boolean {
  const tag = el.localName;
  return tag === 'td' || tag === 'th' || CELL_ROLES.has(el.getAttribute('role') ?? '');
}
function isRow(el: Element): boolean {
  return el.localName === 'tr' || el.getAttribute('role') === 'row';
}
function isTable(el: Element): boolean {
  return el.localName === 'table' || TABLE_ROLES.has(el.getAttribute('role') ?? '');
}
function isHeaderCell(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'columnheader' || role === 'rowheader' || (el.localName === 'th' && !role);
}

/** The cells of a row in order (`<td>/<th>` children, or ARIA cells among the row's children). */
export function rowCells(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_TABLE_COLUMNS) : 1;
}

/**
 * The start of a cell's text, at most `max` characters: a cell may hold a whole page (layout tables), and
 * `textContent` would copy all of it each time a header or a Mod/Units cell is read.
 */
export function cellText(cell: Element, max = MAX_CELL_TEXT_CHARS): string {
  const only = cell.firstChild;
  if (only && only.nextSibling === null && only.nodeType === 3) return (only as Text).data.slice(0, max);
  const doc = cell.ownerDocument;
  if (!doc) return '';
  let out = '';
  const walker = doc.createTreeWalker(cell, 0x4);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += (n as Text).data;
  return out.length > max ? out.slice(0, max) : out;
}

/** Column index of each cell of a row, counting colspans. */
function columnsOf(row: Element): Map<Element, number> {
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
 * rows (the header), and listing all rows of a 10k-line remittance made one scan slice take 100+ ms (issue 7).
 */
function* tableRows(table: Element): Generator<Element> {
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
function looksLikeHeaderRow(cells: Element[]): boolean {
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

const NO_HEADER: TableHeader = { roles: [], claimTable: false };

/** Per-scan cache of table context; create one per scan (the DOM may change between scans). */
export class TableContextCache {
  private readonly headers = new Map<Element, TableHeader>();
  private readonly cells = new Map<Element, CellContext | null>();
  private readonly rowColumns = new Map<Element, Map<Element, number>>();
  private readonly firstRows = new Map<Element, Element | undefined>();

  private firstRowOf(table: Element): Element | undefined {
    if (!this.firstRows.has(table)) this.firstRows.set(table, tableRows(table).next().value ?? undefined);
    return this.firstRows.get(table);
  }

  private columnsOf(row: Element): Map<Element, number> {
    let cols = this.rowColumns.get(row);
    if (!cols) {
      cols = columnsOf(row);
      this.rowColumns.set(row, cols);
    }
    return cols;
  }

  /** Table context of the element that holds a text node, or null when it is not in a table cell. */
  contextOf(parent: Element | null): CellContext | null {
    let cell: Element | null = parent;
    while (cell && !isCell(cell)) {
      if (isTable(cell) || cell.localName === 'body') return null;
      cell = cell.parentElement;
    }
    if (!cell) return null;
    if (this.cells.has(cell)) return this.cells.get(cell)!;
    const ctx = this.compute(cell);
    this.cells.set(cell, ctx);
    return ctx;
  }

  private compute(cell: Element): CellContext | null {
    let row = cell.parentElement;
    while (row && !isRow(row)) row = row.parentElement;
    if (!row) return null;
    let table = row.parentElement;
    while (table && !isTable(table)) table = table.parentElement;
    const header = table ? this.headerOf(table) : NO_HEADER;
    const headerRoles = header.roles;
    const column = this.columnsOf(row).get(cell) ?? 0;
    const cells = rowCells(row);
    const headerRow =
      row.parentElement?.localName === 'thead' ||
      (cells.length > 0 && cells.every(isHeaderCell)) ||
      (!!table && this.firstRowOf(table) === row && looksLikeHeaderRow(cells));
    // Header text names columns; it is never a code (a `<th>` that heads a data row still can be).
    let role: ColumnRole | undefined = headerRow ? 'negative' : headerRoles[column];
    let keyValue = false;
    if (role === undefined || role === 'neutral') {
      const rowHeader = cells.find((c) => c !== cell && isHeaderCell(c));
      if (rowHeader) {
        role = classifyHeader(cellText(rowHeader, MAX_HEADER_TEXT_CHARS));
        keyValue = true;
      }
    }
    return { cell, row, column, role, headerRoles, claimTable: header.claimTable, keyValue };
  }

  private headerOf(table: Element): TableHeader {
    let header = this.headers.get(table);
    if (!header) {
      const texts = headerTexts(table);
      const roles = texts.map((t) => classifyHeader(t ?? ''));
      const claimTable =
        roles.some((r) => r === 'modifier' || r === 'units') || texts.some((t) => CLAIM_COLUMN.test(t));
      header = { roles, claimTable };
      this.headers.set(table, header);
    }
    return header;
  }

  /** Modifiers and units cells of `row`, by the column roles of its table header. */
  pairedCells(ctx: CellContext): { modifiers: Element[]; units: Element[] } {
    const modifiers: Element[] = [];
    const units: Element[] = [];
    for (const [c, col] of this.columnsOf(ctx.row)) {
      const role = ctx.headerRoles[col];
      if (role === 'modifier') modifiers.push(c);
      else if (role === 'units') units.push(c);
    }
    return { modifiers, units };
  }
}
