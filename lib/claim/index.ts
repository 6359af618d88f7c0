/**
 * Public API of the claim check, for the CLI and the content script.
 *
 * ```ts
 * const lines = parseClaimLines(['64633-RT', '64634x2', '64490-XS']);
 * const { findings, summary, notChecked } = checkClaim(lines, dataset, { setting: 'practitioner' });
 * const forPopover = findingsForCode(findings, '64490');
 * ```
 */
export { checkClaim } from './check-claim';
export {
  ClaimLineError,
  parseClaimLine,
  parseClaimLines,
  codeProblem,
  modifierProblem,
  parseUnits,
  MAX_UNITS,
} from './parse-line';
export { findingsForCode, summarizeFindings, worstSeverity } from './summary';
export { NCCI_PTP_MODIFIERS, ANATOMIC_MODIFIERS, DISTINCT_SERVICE_MODIFIERS } from './modifiers';
export type * from './types';
export {
  ClaimCsvReader,
  checkClaimGroups,
  type BadRow,
  type ClaimGroup,
  type BatchClaimResult,
} from './csv/claim-batch';
export { ClaimHeaderError, findClaimColumns, normalizeHeader, type ClaimColumns } from './csv/claim-columns';
export { readClaimRow, normalizeDate, type ClaimRow } from './csv/claim-rows';
export { CsvRecordReader, type CsvRecord } from './csv/csv-records';
export {
  toJsonClaim,
  toBatchClaimJson,
  buildBatchReport,
  BatchSummaryCounter,
  type ClaimJson,
  type BatchClaimJson,
  type BatchReport,
  type BatchSummary,
} from './report/json-report';
export { formatClaimText, formatBatchText, formatSource, BatchTextWriter } from './report/text-report';
export { writeBatchReport, type BatchFormat } from './report/batch-writer';
