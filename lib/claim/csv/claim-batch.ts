/**
 * Batch claim check over a claim-line CSV export: feed the file in chunks, then check every claim.
 *
 * Lines are grouped by claim id + date of service (a claim spanning several dates gives one group
 * per date, since NCCI and MUE edits are per date of service). Bad rows do not stop the file: they
 * are listed with their row number and reason, the rest is checked, and a claim that lost rows is
 * marked so its findings are read with care.
 */
import type { Dataset } from '../../dataset/types';
import { checkClaim } from '../check-claim';
import type { CheckOptions, CheckResult, ClaimLine } from '../types';
import { ClaimHeaderError, findClaimColumns, type ClaimColumns } from './claim-columns';
import { readClaimRow } from './claim-rows';
import { CsvRecordReader, type CsvRecord } from './csv-records';

/** A row that could not be read. */
export interface BadRow {
  /** 1-based line number in the file. */
  row: number;
  reason: string;
  /** Claim id of the row, when it could be read. */
  claimId?: string;
}

/** One claim (claim id + date of service) as read from the file. */
export interface ClaimGroup {
  claimId: string;
  dateOfService: string;
  lines: ClaimLine[];
  /** File row of each line, parallel to `lines`. */
  rows: number[];
}

/** A checked claim. */
export interface BatchClaimResult extends ClaimGroup {
  result: CheckResult;
  /** Rows of this claim id that could not be read; when non-empty the findings may be incomplete. */
  badRows: number[];
}

/** Accumulates a CSV export chunk by chunk. */
export class ClaimCsvReader {
  private readonly csv = new CsvRecordReader();
  private columns: ClaimColumns | null = null;
  private readonly groups = new Map<string, ClaimGroup>();
  /** Rows that could not be read, in file order. */
  readonly badRows: BadRow[] = [];
  /** Data rows seen (good and bad). */
  rowCount = 0;

  /**
   * Consumes a chunk of the file.
   * @throws {@link ClaimHeaderError} when the header row lacks a required column.
   */
  push(chunk: string): void {
    for (const rec of this.csv.push(chunk)) this.record(rec);
  }

  /** Ends the input and returns the claims in order of first appearance. */
  finish(): ClaimGroup[] {
    for (const rec of this.csv.end()) this.record(rec);
    if (!this.columns) throw new ClaimHeaderError('the file is empty (no header row)');
    return [...this.groups.values()];
  }

  /** True when the file had no header row (nothing pushed yet). */
  get hasHeader(): boolean {
    return this.columns !== null;
  }

  private record(rec: CsvRecord): void {
    if (!this.columns) {
      this.columns = findClaimColumns(rec.fields);
      return;
    }
    this.rowCount++;
    if (rec.unterminatedQuote) {
      this.badRows.push({ row: rec.row, reason: 'a quoted field is never closed (missing ")' });
      return;
    }
    const read = readClaimRow(rec.fields, this.columns);
    if ('reason' in read) {
      const claimId = (rec.fields[this.columns.claimId] ?? '').trim();
      this.badRows.push({ row: rec.row, reason: read.reason, ...(claimId ? { claimId } : {}) });
      return;
    }
    const key = `${read.claimId}\u0000${read.dateOfService}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { claimId: read.claimId, dateOfService: read.dateOfService, lines: [], rows: [] };
      this.groups.set(key, group);
    }
    group.lines.push(read.line);
    group.rows.push(rec.row);
  }
}

/** Checks each claim group; `badRows` ties bad rows back to the claims they belonged to. */
export function* checkClaimGroups(
  groups: Iterable<ClaimGroup>,
  badRows: readonly BadRow[],
  dataset: Dataset,
  options: CheckOptions = {},
): Generator<BatchClaimResult> {
  const badByClaim = new Map<string, number[]>();
  for (const b of badRows) {
    if (!b.claimId) continue;
    const list = badByClaim.get(b.claimId);
    if (list) list.push(b.row);
    else badByClaim.set(b.claimId, [b.row]);
  }
  for (const g of groups) {
    yield {
      ...g,
      result: checkClaim(g.lines, dataset, { ...options, dateOfService: g.dateOfService }),
      badRows: badByClaim.get(g.claimId) ?? [],
    };
  }
}
