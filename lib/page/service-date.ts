/**
 * The date of service of the claim lines a check reads from the page: the rows' cell under a column headed
 * like a date of service ("DOS", "Date of Service", "Service Date", "From Date"; the same names the CSV
 * check recognises, lib/claim/csv/claim-columns.ts), read as a date (MM/DD/YYYY, ISO, YYYYMMDD). Reads only.
 */
import { DATE_OF_SERVICE_HEADERS, normalizeHeader } from '../claim/csv/claim-columns';
import { normalizeDate } from '../claim/csv/claim-rows';

const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** The cells of a row, in column order (direct children only: nested tables are not this row's cells). */
function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => c.matches(CELL));
}

/** Column index of the date-of-service header of the table or grid holding `row`, or -1. */
function dosColumn(row: Element): number {
  const table = row.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!table) return -1;
  const headRow =
    table.querySelector('thead tr, [role="row"]:has(> [role="columnheader"])') ??
    [...table.querySelectorAll('tr')].find((tr) => cellsOf(tr).every((c) => c.tagName === 'TH'));
  if (!headRow) return -1;
  return cellsOf(headRow).findIndex((c) => DATE_OF_SERVICE_HEADERS.includes(normalizeHeader(c.textContent ?? '')));
}

/**
 * The one date of service of `rows` (ISO), or null when no date column is recognised, a cell is not a
 * date, or the rows carry different dates (the check then uses today and says so).
 */
export function serviceDateOf(rows: Iterable<Element | null>): string | null {
  const dates = new Set<string>();
  for (const row of rows) {
    if (!row) continue;
    const col = dosColumn(row);
    if (col < 0) continue;
    const cell = cellsOf(row)[col];
    const date = cell ? normalizeDate((cell.textContent ?? '').trim()) : null;
    if (!date) return null;
    dates.add(date);
  }
  return dates.size === 1 ? [...dates][0] : null;
}
