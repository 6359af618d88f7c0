/**
 * Table context of a text node: the cell it sits in, that cell's row, and what the column header (or the
 * row's header cell, for key/value tables) says about it. Works for `<table>` and ARIA grids
 * (`role=grid|table`, `row`, `columnheader`, `gridcell|cell`), which React portals often render with divs.
 * Caches per scan; never modifies the DOM.
 */
import { classifyHeader } from './context-labels';
import { MAX_HEADER_TEXT_CHARS } from './limits';
import {
  cellAt,
  cellsAt,
  cellText,
  columnOf,
  headerTexts,
  isCell,
  isHeaderRow,
  isRow,
  isTable,
  looksLikeHeaderRow,
  rowIsPlain,
  rowCells,
  rowHeaderOf,
  tableRows,
} from './table-shape';

export { cellText, headerTexts, rowCells } from './table-shape';
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
  /** The table has no colspan below its header: cells are found by index. */
  plain: boolean;
  /** Columns of the header whose cells pair with a code in the row (Modifier, Units). */
  paired: readonly number[];
}

/** Header words of claim-line columns besides Mod/Units (money billed or paid, the date of service). */
const CLAIM_COLUMN = /\b(?:billed|charges?|paid|allowed|dos|date\s+of\s+service|service\s+date|svc\s+date)\b/i;

interface TableHeader {
  roles: ColumnRole[];
  claimTable: boolean;
  /** Columns whose cells pair with a code in the same row (Modifier, Units). */
  paired: number[];
}

/** Columns away from a cell that {@link TableContextCache.pairedCell} reaches by sibling hops. */
const NEAR = 4;

const NO_HEADER: TableHeader = { roles: [], claimTable: false, paired: [] };

/** What every cell of one row shares: read once per row (a row's candidates come one after another). */
interface RowFacts {
  row: Element;
  /** The row's parent and table (the next row of the same parent skips the climb to its table). */
  section: Element | null;
  table: Element | null;
  header: TableHeader;
  /** The row heads columns whatever its cells are (in `<thead>`, or the table's digit-free first row). */
  headerRow: boolean;
  /**
   * The row's own cells have no colspan, so a cell's `cellIndex` is its column and the (i+1)th child the cell
   * at column i. Read from the row (one query of its children), never from the whole table: a `[colspan]`
   * query over a 50k-line table costs ~50 ms, per pass and per pointer read (docs/performance.md).
   */
  plain: boolean;
}

/**
 * Per-scan cache of table context; create one per scan (the DOM may change between scans). Headers are
 * kept per table (few); rows and cells are not kept beyond the last row read, because every element
 * wrapper held across a time slice outlives the young-generation GC and then stays as long as the page
 * (docs/performance.md: a 10k-line table once kept 140k cell wrappers, 2.2 MB).
 */
export class TableContextCache {
  private readonly headers = new Map<Element, TableHeader>();
  private readonly firstRows = new Map<Element, Element | undefined>();
  /** The last row read (one, so no row's wrapper outlives the next row; see the class comment). */
  private last: RowFacts | null = null;

  private firstRowOf(table: Element): Element | undefined {
    if (!this.firstRows.has(table)) this.firstRows.set(table, tableRows(table).next().value ?? undefined);
    return this.firstRows.get(table);
  }

  /** Forgets the last row read (the page scanner, between slices: see the class comment). */
  forgetRow(): void {
    this.last = null;
  }

  /** Table context of the element that holds a text node, or null when it is not in a table cell. */
  contextOf(parent: Element | null): CellContext | null {
    let cell: Element | null = parent;
    while (cell && !isCell(cell)) {
      if (isTable(cell) || cell.localName === 'body') return null;
      cell = cell.parentElement;
    }
    return cell ? this.compute(cell) : null;
  }

  private compute(cell: Element): CellContext | null {
    let row = cell.parentElement;
    while (row && !isRow(row)) row = row.parentElement;
    if (!row) return null;
    const facts = this.last?.row === row ? this.last : this.rowFacts(row);
    const { header } = facts;
    const headerRoles = header.roles;
    const column = columnOf(cell, row, facts.plain);
    const headerRow = facts.headerRow || isHeaderRow(row, cell);
    // Header text names columns; it is never a code (a `<th>` that heads a data row still can be).
    let role: ColumnRole | undefined = headerRow ? 'negative' : headerRoles[column];
    let keyValue = false;
    if (role === undefined || role === 'neutral') {
      const rowHeader = rowHeaderOf(row, cell);
      if (rowHeader) {
        role = classifyHeader(cellText(rowHeader, MAX_HEADER_TEXT_CHARS));
        keyValue = true;
      }
    }
    return {
      cell,
      row,
      column,
      role,
      headerRoles,
      claimTable: header.claimTable,
      keyValue,
      plain: facts.plain,
      paired: header.paired,
    };
  }

  private rowFacts(row: Element): RowFacts {
    const section = row.parentElement;
    // The previous row's table when both rows share a parent (a body's rows come one after another).
    let table = this.last && this.last.section === section ? this.last.table : section;
    while (table && !isTable(table)) table = table.parentElement;
    const header = table ? this.headerOf(table) : NO_HEADER;
    const headerRow =
      section?.localName === 'thead' ||
      (!!table && this.firstRowOf(table) === row && looksLikeHeaderRow(rowCells(row)));
    this.last = { row, section, table, header, headerRow, plain: rowIsPlain(row) };
    return this.last;
  }

  /** The column roles of `table`'s header (read once per cache), by column index; [] without a header. */
  rolesOf(table: Element): readonly ColumnRole[] {
    return this.headerOf(table).roles;
  }

  private headerOf(table: Element): TableHeader {
    let header = this.headers.get(table);
    if (!header) {
      const texts = headerTexts(table);
      const roles = texts.map((t) => classifyHeader(t ?? ''));
      const claimTable =
        roles.some((r) => r === 'modifier' || r === 'units') || texts.some((t) => CLAIM_COLUMN.test(t));
      const paired: number[] = [];
      roles.forEach((role, col) => {
        if (role === 'modifier' || role === 'units') paired.push(col);
      });
      header = { roles, claimTable, paired };
      this.headers.set(table, header);
    }
    return header;
  }

  /**
   * The cell of the context's row at column `col` (a paired Modifier or Units column). In a plain `<tr>` a
   * column a few cells away is reached by sibling hops from the context's own cell, cheaper than a selector
   * query per cell (the Mod and Units columns usually stand right after the code's).
   */
  pairedCell(ctx: CellContext, col: number): Element | undefined {
    const hops = col - ctx.column;
    if (!ctx.plain || ctx.row.localName !== 'tr' || hops === 0 || hops > NEAR || hops < -NEAR)
      return cellAt(ctx.row, col, ctx.plain);
    let c: Element | null = ctx.cell;
    for (let i = hops; c && i > 0; i--) c = c.nextElementSibling;
    for (let i = hops; c && i < 0; i++) c = c.previousElementSibling;
    return c && isCell(c) ? c : undefined;
  }

  /** Modifiers and units cells of `row`, by the column roles of its table header (only those cells are read). */
  pairedCells(ctx: CellContext): { modifiers: Element[]; units: Element[] } {
    const wanted = ctx.paired;
    const modifiers: Element[] = [];
    const units: Element[] = [];
    if (wanted.length === 0) return { modifiers, units };
    for (const [col, c] of cellsAt(ctx.row, wanted, ctx.plain))
      (ctx.headerRoles[col] === 'modifier' ? modifiers : units).push(c);
    return { modifiers, units };
  }
}
