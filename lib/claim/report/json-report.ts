/**
 * JSON shapes of claim-check reports (what `claimlens check --json` prints).
 */
import type { DataNotice } from '../../dataset/staleness';
import type { BadRow, BatchClaimResult } from '../csv/claim-batch';
import { NoticeTally } from './notice-tally';
import type { CheckResult, ClaimLine, Finding, FindingSummary, NotChecked } from '../types';
import { worstSeverity } from '../summary';

/** Report of one claim given as lines. */
export interface ClaimJson {
  setting: CheckResult['setting'];
  dateOfService: string;
  notices: CheckResult['notices'];
  lines: ClaimLine[];
  findings: Finding[];
  summary: FindingSummary;
  notChecked: NotChecked[];
}

/** One claim of a CSV batch: lines carry their file row, findings the rows they involve. */
export interface BatchClaimJson {
  claimId: string;
  dateOfService: string;
  lines: (ClaimLine & { row: number })[];
  findings: (Finding & { rows: number[] })[];
  summary: FindingSummary;
  notChecked: NotChecked[];
  /** Rows of this claim id that could not be read; the findings may be incomplete. */
  incompleteRows: number[];
}

/** Totals over a CSV batch. */
export interface BatchSummary extends Omit<FindingSummary, 'total'> {
  claims: number;
  lines: number;
  badRows: number;
  claimsWithErrors: number;
  claimsWithWarnings: number;
  claimsWithInfoOnly: number;
  /** Claims where no check that ran found anything (not the same as "will be paid"). */
  claimsWithoutFindings: number;
}

/** Report of a CSV batch. */
export interface BatchReport {
  file: string;
  setting: CheckResult['setting'];
  claims: BatchClaimJson[];
  badRows: BadRow[];
  /** Stale-data notices, once per table for the whole batch (see notice-tally.ts). */
  notices: DataNotice[];
  summary: BatchSummary;
}

/** The JSON report of one claim. */
export function toJsonClaim(result: CheckResult): ClaimJson {
  return {
    setting: result.setting,
    dateOfService: result.dateOfService,
    notices: result.notices,
    lines: result.lines,
    findings: result.findings,
    summary: result.summary,
    notChecked: result.notChecked,
  };
}

/** The JSON form of one checked batch claim. */
export function toBatchClaimJson(c: BatchClaimResult): BatchClaimJson {
  return {
    claimId: c.claimId,
    dateOfService: c.dateOfService,
    lines: c.lines.map((l, i) => ({ ...l, row: c.rows[i] })),
    findings: c.result.findings.map((f) => ({ ...f, rows: f.lines.map((i) => c.rows[i]) })),
    summary: c.result.summary,
    notChecked: c.result.notChecked,
    incompleteRows: c.badRows,
  };
}

// The summary and skipped checks of a result shared by identical claims (csv/claim-batch.ts), serialised once.
const sharedParts = new WeakMap<CheckResult, string>();

/**
 * `JSON.stringify(toBatchClaimJson(c))`, with the parts a claim shares with identical claims serialised
 * once: the same text, about a third less work on an export of millions of lines.
 */
export function batchClaimJsonText(c: BatchClaimResult): string {
  let shared = sharedParts.get(c.result);
  if (shared === undefined) {
    shared = `"summary":${JSON.stringify(c.result.summary)},"notChecked":${JSON.stringify(c.result.notChecked)}`;
    sharedParts.set(c.result, shared);
  }
  const lines = c.lines.map((l, i) => ({ ...l, row: c.rows[i] }));
  const findings =
    c.result.findings.length === 0
      ? '[]'
      : JSON.stringify(c.result.findings.map((f) => ({ ...f, rows: f.lines.map((i) => c.rows[i]) })));
  return `{"claimId":${JSON.stringify(c.claimId)},"dateOfService":${JSON.stringify(c.dateOfService)},"lines":${JSON.stringify(lines)},"findings":${findings},${shared},"incompleteRows":${JSON.stringify(c.badRows)}}`;
}

/** Running totals of a batch, fed one claim at a time. */
export class BatchSummaryCounter {
  readonly summary: BatchSummary;

  constructor(badRows: number) {
    this.summary = {
      claims: 0,
      lines: 0,
      badRows,
      error: 0,
      warning: 0,
      info: 0,
      claimsWithErrors: 0,
      claimsWithWarnings: 0,
      claimsWithInfoOnly: 0,
      claimsWithoutFindings: 0,
    };
  }

  /** Counts one checked claim. */
  add(c: BatchClaimResult): void {
    const s = this.summary;
    s.claims++;
    s.lines += c.lines.length;
    s.error += c.result.summary.error;
    s.warning += c.result.summary.warning;
    s.info += c.result.summary.info;
    const worst = worstSeverity(c.result.findings);
    if (worst === 'error') s.claimsWithErrors++;
    else if (worst === 'warning') s.claimsWithWarnings++;
    else if (worst === 'info') s.claimsWithInfoOnly++;
    else s.claimsWithoutFindings++;
  }
}

/** Builds a whole batch report in memory (consumes the iterable once). For large files prefer {@link writeBatchReport}. */
export function buildBatchReport(
  file: string,
  setting: CheckResult['setting'],
  claims: Iterable<BatchClaimResult>,
  badRows: BadRow[],
): BatchReport {
  const counter = new BatchSummaryCounter(badRows.length);
  const notices = new NoticeTally();
  const out: BatchClaimJson[] = [];
  for (const c of claims) {
    counter.add(c);
    notices.add(c.result.notices);
    out.push(toBatchClaimJson(c));
  }
  return { file, setting, claims: out, badRows, notices: notices.list(), summary: counter.summary };
}
