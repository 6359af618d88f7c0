/**
 * JSON shapes of claim-check reports (what `claimlens check --json` prints).
 */
import type { BadRow, BatchClaimResult } from '../csv/claim-batch';
import type { CheckResult, ClaimLine, Finding, FindingSummary, NotChecked } from '../types';
import { worstSeverity } from '../summary';

/** Report of one claim given as lines. */
export interface ClaimJson {
  setting: CheckResult['setting'];
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
  summary: BatchSummary;
}

/** The JSON report of one claim. */
export function toJsonClaim(result: CheckResult): ClaimJson {
  return { setting: result.setting, lines: result.lines, findings: result.findings, summary: result.summary, notChecked: result.notChecked };
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

/** Builds a batch report from checked claims (consumes the iterable once). */
export function buildBatchReport(file: string, setting: CheckResult['setting'], claims: Iterable<BatchClaimResult>, badRows: BadRow[]): BatchReport {
  const summary: BatchSummary = {
    claims: 0, lines: 0, badRows: badRows.length, error: 0, warning: 0, info: 0,
    claimsWithErrors: 0, claimsWithWarnings: 0, claimsWithInfoOnly: 0, claimsWithoutFindings: 0,
  };
  const out: BatchClaimJson[] = [];
  for (const c of claims) {
    const json = toBatchClaimJson(c);
    out.push(json);
    summary.claims++;
    summary.lines += c.lines.length;
    summary.error += json.summary.error;
    summary.warning += json.summary.warning;
    summary.info += json.summary.info;
    const worst = worstSeverity(c.result.findings);
    if (worst === 'error') summary.claimsWithErrors++;
    else if (worst === 'warning') summary.claimsWithWarnings++;
    else if (worst === 'info') summary.claimsWithInfoOnly++;
    else summary.claimsWithoutFindings++;
  }
  return { file, setting, claims: out, badRows, summary };
}
