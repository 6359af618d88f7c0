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
} from './parse-line';
export { findingsForCode, summarizeFindings, worstSeverity } from './summary';
export { NCCI_PTP_MODIFIERS, ANATOMIC_MODIFIERS, DISTINCT_SERVICE_MODIFIERS } from './modifiers';
export type * from './types';
export {
  ClaimCsvReader,
  checkClaimGroups,
  MAX_KEPT_BAD_ROWS,
  type BadRow,
  type ClaimGroup,
  type BatchClaimResult,
} from './csv/claim-batch';
export { ClaimLineStore } from './csv/claim-line-store';
export { ClaimHeaderError, findClaimColumns, normalizeHeader, type ClaimColumns } from './csv/claim-columns';
export { readClaimRow, normalizeDate, MAX_CLAIM_ID, type ClaimRow, type RowMemo } from './csv/claim-rows';
export {
  toJsonClaim,
  toBatchClaimJson,
  batchClaimJsonText,
  buildBatchReport,
  BatchSummaryCounter,
  type ClaimJson,
  type BatchClaimJson,
  type BatchReport,
  type BatchSummary,
} from './report/json-report';
export { formatClaimText, formatBatchText, BatchTextWriter } from './report/text-report';
export { formatSource } from './format-source';
export { writeBatchReport, type BatchFormat } from './report/batch-writer';
