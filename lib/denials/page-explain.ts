/**
 * The background's answer to "explain this adjustment code" from a page row: the code's view (group,
 * our explanation, sources) and, for a reason code that points to a coding edit, the likely cause found
 * by checking the row's claim lines (the codes, modifiers and units of the row's table section).
 */
import { checkClaim } from '../claim/check-claim';
import type { ClaimLine } from '../claim/types';
import type { Dataset } from '../dataset/types';
import { findCause, linkedRules } from './cause';
import { explainRemark } from './explanations';
import { type AdjustmentView, adjustmentView } from './view';

/** What the content script sends: the code, the row's remark codes and its claim lines (codes only). */
export interface AdjustmentQuestion {
  kind: 'carc' | 'rarc';
  code: string;
  group?: string;
  /** Remark codes on the same row. */
  remarks: string[];
  /** Claim lines of the row's table section, and which of them is the row's own procedure. */
  lines?: ClaimLine[];
  lineIndex?: number;
}

/** Text when the row has no procedure code to check against. */
export const NO_ROW_CODE =
  'No procedure code was found on this row, so the claim’s codes could not be checked for the edit behind it.';

/** The view for a page's adjustment code, with the likely cause when the reason points to a coding edit. */
export function explainAdjustment(ds: Dataset, q: AdjustmentQuestion): AdjustmentView {
  const view = adjustmentView(q.kind, q.code, q.group);
  view.remarks = q.remarks.map((code) => {
    const e = explainRemark(code).explanation;
    return { code, label: e ? e.label : 'no explanation bundled' };
  });
  if (q.kind !== 'carc' || linkedRules(q.code, q.remarks).length === 0) return view;
  if (!q.lines?.length || q.lineIndex === undefined) {
    view.cause = { rule: null, codes: [], detail: NO_ROW_CODE };
    return view;
  }
  const check = checkClaim(q.lines, ds);
  const ctx = { check, lineNumbers: q.lines.map((_, i) => i + 1), dataset: ds, setting: 'practitioner' as const };
  view.cause = findCause(q.code, q.remarks, q.lineIndex, ctx);
  return view;
}
