/**
 * Turns one CSV row of a claim-line export into a claim line, or a plain reason it cannot.
 */
import { quoted } from '../../text/printable';
import { MAX_MODIFIERS } from '../../codes';
import { codeProblem, modifierProblem, parseUnits } from '../parse-line';
import type { ClaimLine } from '../types';
import type { ClaimColumns } from './claim-columns';

/** A row read successfully. */
export interface ClaimRow {
  claimId: string;
  /** ISO date (YYYY-MM-DD). */
  dateOfService: string;
  line: ClaimLine;
}

/** Reads a date in the shapes practice systems export (ISO, US month/day/year, YYYYMMDD) as ISO. */
export function normalizeDate(text: string): string | null {
  const parts = dateParts(text.trim());
  if (!parts) return null;
  const [y, m, d] = parts;
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Units as exported: whole numbers, also written "2.0" or "2.00". */
function units(text: string): number | string {
  const t = text.trim();
  if (t === '') return 'units are empty';
  const whole = /^(\d+)(?:\.0+)?$/.exec(t);
  return whole ? parseUnits(whole[1]) : `units ${quoted(t)} must be a whole number`;
}

// A plain function, not a per-row closure: this runs once per cell of 100,000-line files.
function cell(fields: readonly string[], i: number): string {
  const v = fields[i];
  return v === undefined ? '' : v.trim();
}

/** Longest claim id accepted (an 837 claim id, CLM01, has at most 38 characters). */
export const MAX_CLAIM_ID = 64;

/** Per-file cache: an export repeats a few hundred dates over 100,000s of rows. */
export interface RowMemo {
  dates: Map<string, string | null>;
}

const MAX_MEMO_DATES = 10_000;

function dateOf(text: string, memo: RowMemo | undefined): string | null {
  if (!memo) return normalizeDate(text);
  let iso = memo.dates.get(text);
  if (iso === undefined) {
    iso = normalizeDate(text);
    if (memo.dates.size < MAX_MEMO_DATES) memo.dates.set(text, iso);
  }
  return iso;
}

/** Reads one data row; returns the row or the reason it is bad. `memo` speeds up a whole file. */
export function readClaimRow(
  fields: readonly string[],
  cols: ClaimColumns,
  memo?: RowMemo,
): ClaimRow | { reason: string } {
  const claimId = cell(fields, cols.claimId);
  if (claimId === '') return { reason: 'claim id is empty' };
  if (claimId.length > MAX_CLAIM_ID) return { reason: `claim id is longer than ${MAX_CLAIM_ID} characters` };
  const dosText = cell(fields, cols.dateOfService);
  if (dosText === '') return { reason: 'date of service is empty' };
  const dateOfService = dateOf(dosText, memo);
  if (!dateOfService)
    return { reason: `date of service ${quoted(dosText)} is not a date (use YYYY-MM-DD or MM/DD/YYYY)` };
  const code = cell(fields, cols.code).toUpperCase();
  const badCode = codeProblem(code);
  if (badCode) return { reason: badCode };
  const modifiers: string[] = [];
  for (const col of cols.modifiers) {
    for (const m of cell(fields, col)
      .toUpperCase()
      .split(/[\s,;:/|-]+/)) {
      if (m === '') continue;
      const bad = modifierProblem(m);
      if (bad) return { reason: bad };
      modifiers.push(m);
    }
  }
  if (modifiers.length > MAX_MODIFIERS)
    return { reason: `${modifiers.length} modifiers; a claim line carries at most ${MAX_MODIFIERS}` };
  const u = cols.units === undefined ? 1 : units(cell(fields, cols.units));
  if (typeof u === 'string') return { reason: u };
  return { claimId, dateOfService, line: { code, modifiers, units: u } };
}

/** Year, month and day of a date in one of the accepted shapes, not yet range-checked. */
function dateParts(t: string): [number, number, number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return [+iso[1], +iso[2], +iso[3]];
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?: [\d:]+(?: ?[AP]M)?)?$/i.exec(t);
  if (us) {
    let y = +us[3];
    // Two-digit years: claims are recent, so 00–69 → 2000s, 70–99 → 1900s.
    if (us[3].length === 2) y += y < 70 ? 2000 : 1900;
    return [y, +us[1], +us[2]];
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return compact ? [+compact[1], +compact[2], +compact[3]] : null;
}
