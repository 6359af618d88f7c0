/**
 * Batch claim check over a claim-line CSV export: feed the file in chunks, then check every claim.
 *
 * Lines are grouped by claim id + date of service (a claim spanning several dates gives one group
 * per date, since NCCI and MUE edits are per date of service). Bad rows do not stop the file: they
 * are listed with their row number and reason, the rest is checked, and a claim that lost rows is
 * marked so its findings are read with care. Lines are held packed (claim-line-store.ts), so memory
 * stays a small multiple of the file size.
 */
import { CsvReader, type CsvRecord } from '../../csv/csv-reader';
import type { Dataset } from '../../dataset/types';
import { checkClaim } from '../check-claim';
import type { CheckOptions, CheckResult } from '../types';
import { ClaimHeaderError, type ClaimColumns, findClaimColumns } from './claim-columns';
import { type ClaimGroup, ClaimLineStore } from './claim-line-store';
import { detached } from './group-table';
import { MAX_CLAIM_ID, readClaimRow, type RowMemo } from './claim-rows';

export type { ClaimGroup } from './claim-line-store';

/** A row that could not be read. */
export interface BadRow {
  /** 1-based line number in the file. */
  row: number;
  reason: string;
  /** Claim id of the row, when it could be read. */
  claimId?: string;
}

/** A checked claim. */
export interface BatchClaimResult extends ClaimGroup {
  result: CheckResult;
  /** Rows of this claim id that could not be read; when non-empty the findings may be incomplete. */
  badRows: number[];
}

/** Bad rows kept with their reason (the rest are counted, and still mark their claim incomplete). */
export const MAX_KEPT_BAD_ROWS = 10_000;

/** Accumulates a CSV export chunk by chunk. */
export class ClaimCsvReader {
  private readonly csv = new CsvReader({ delimiter: 'auto' });
  private columns: ClaimColumns | null = null;
  private readonly memo: RowMemo = { dates: new Map() };
  /** Claim lines read so far. */
  readonly store = new ClaimLineStore();
  /** Rows that could not be read, in file order (the first {@link MAX_KEPT_BAD_ROWS}). */
  readonly badRows: BadRow[] = [];
  /** Bad rows seen, kept or not. */
  badRowCount = 0;
  /** Bad row numbers by claim id: one number, or a list when a claim id has several. */
  private readonly badByClaim = new Map<string, number | number[]>();
  /** Data rows seen (good and bad). */
  rowCount = 0;

  /**
   * Consumes a chunk of the file.
   * @throws {@link ClaimHeaderError} when the header row lacks a required column.
   */
  push(chunk: string): void {
    for (const rec of this.csv.push(chunk)) this.record(rec);
  }

  /** Ends the input. @throws {@link ClaimHeaderError} when the file had no header row. */
  finish(): void {
    for (const rec of this.csv.end()) this.record(rec);
    if (!this.columns) throw new ClaimHeaderError('the file is empty (no header row)');
  }

  /** Rows of `claimId` that could not be read, in file order. */
  badRowsOf(claimId: string): number[] {
    const rows = this.badByClaim.get(claimId);
    return rows === undefined ? [] : typeof rows === 'number' ? [rows] : rows;
  }

  private record(rec: CsvRecord): void {
    if (!this.columns) {
      if (rec.problem) throw new ClaimHeaderError(`the header row cannot be read: ${rec.problem.reason}`);
      this.columns = findClaimColumns(rec.fields);
      return;
    }
    this.rowCount++;
    if (rec.problem) {
      this.bad(rec.line, rec.problem.reason, rec.fields[this.columns.claimId]);
      return;
    }
    const read = readClaimRow(rec.fields, this.columns, this.memo);
    if ('reason' in read) this.bad(rec.line, read.reason, rec.fields[this.columns.claimId]);
    else this.store.add(read.claimId, read.dateOfService, read.line, rec.line);
  }

  private bad(row: number, reason: string, rawClaimId: string | undefined): void {
    const trimmed = (rawClaimId ?? '').trim();
    // An over-long id is never a group's id, so there is no claim to mark.
    const claimId = trimmed.length > MAX_CLAIM_ID ? '' : trimmed;
    this.badRowCount++;
    if (this.badRows.length < MAX_KEPT_BAD_ROWS)
      this.badRows.push({ row, reason: detached(reason), ...(claimId ? { claimId: detached(claimId) } : {}) });
    if (!claimId) return;
    const prev = this.badByClaim.get(claimId);
    if (prev === undefined) this.badByClaim.set(detached(claimId), row);
    else if (typeof prev === 'number') this.badByClaim.set(claimId, [prev, row]);
    else prev.push(row);
  }
}

/** Distinct claims whose results are kept for reuse (cleared when full). */
const MAX_REMEMBERED_CLAIMS = 20_000;

/** The claim as the check sees it: its date and its lines in order (the claim id plays no part). */
function claimKey(g: ClaimGroup): string {
  let key = g.dateOfService;
  for (const l of g.lines) key += ` ${l.code}-${l.modifiers.join('-')}x${l.units}`;
  return key;
}

/**
 * Checks each claim group of `reader`, one at a time; bad rows mark the claims they belonged to. The check
 * depends only on a claim's lines and date, and an export repeats the same claim (one 99213 on a date)
 * thousands of times, so identical claims share one result: a third of the time on a 100 MB export.
 */
export function* checkClaimGroups(
  reader: ClaimCsvReader,
  dataset: Dataset,
  options: CheckOptions = {},
): Generator<BatchClaimResult> {
  const remembered = new Map<string, CheckResult>();
  for (const g of reader.store.groups()) {
    const { claimId, dateOfService, lines, rows } = g;
    const key = claimKey(g);
    let result = remembered.get(key);
    if (!result) {
      result = checkClaim(lines, dataset, { ...options, dateOfService });
      if (remembered.size >= MAX_REMEMBERED_CLAIMS) remembered.clear();
      remembered.set(key, result);
    }
    yield { claimId, dateOfService, lines, rows, result, badRows: reader.badRowsOf(claimId) };
  }
}
