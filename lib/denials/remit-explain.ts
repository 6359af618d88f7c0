/**
 * Explains one 835 claim: each line's adjustments and remarks get their meaning (our words) and,
 * for coding-edit denials, the cause found among the claim's own codes for the same date of service.
 * Output follows the `claimlens remit --json` shape (README, CLI section).
 */
import { checkClaim } from '../claim/check-claim';
import type { ClaimLine } from '../claim/types';
import type { Dataset, MueSetting } from '../dataset/types';
import { isBillingCode } from '../codes';
import type { RemitAdjustment, RemitClaim, RemitLine } from '../remit/types';
import { type CauseContext, type DenialCause, findCause } from './cause';
import { adjustmentMeaning, explainRemark, NO_EXPLANATION } from './explanations';

/** One adjustment in the JSON report. */
export interface AdjustmentJson {
  group: string;
  reason: string;
  amount: number;
  meaning: string;
  cause: DenialCause | null;
}

/** One remark in the JSON report. */
export interface RemarkJson {
  code: string;
  meaning: string;
}

/** One service line in the JSON report. */
export interface LineJson {
  code: string;
  modifiers: string[];
  units: number | null;
  charge: number | null;
  paid: number | null;
  dateOfService: string | null;
  adjustments: AdjustmentJson[];
  remarks: RemarkJson[];
}

/** One claim in the JSON report; claim-level CAS and MOA/MIA remarks are kept beside the lines. */
export interface ClaimJson {
  claimId: string;
  status: string;
  lines: LineJson[];
  adjustments: AdjustmentJson[];
  remarks: RemarkJson[];
}

/** Options: claim setting for the MUE table (practitioner by default). */
export interface ExplainOptions {
  setting?: MueSetting;
}

/** A remark code with its meaning in our words, or "no explanation bundled". */
export function remarkJson(code: string): RemarkJson {
  const e = explainRemark(code).explanation;
  return { code, meaning: e ? e.label : NO_EXPLANATION };
}

function adjustmentJson(a: RemitAdjustment, cause: DenialCause | null): AdjustmentJson {
  return { group: a.group, reason: a.reason, amount: a.amount, meaning: adjustmentMeaning(a.group, a.reason), cause };
}

/** Claim-check contexts per date of service, and where each remit line sits in them. */
function contexts(claim: RemitClaim, dataset: Dataset, setting: MueSetting) {
  const byDate = new Map<string, number[]>();
  claim.lines.forEach((l, i) => {
    if (!checkable(l)) return;
    const key = l.dateOfService ?? '';
    const list = byDate.get(key);
    if (list) list.push(i);
    else byDate.set(key, [i]);
  });
  const where = new Map<number, { ctx: CauseContext; index: number }>();
  for (const indexes of byDate.values()) {
    const lines: ClaimLine[] = indexes.map((i) => {
      const l = claim.lines[i];
      return { code: l.code, modifiers: l.modifiers, units: l.units ?? 1 };
    });
    const ctx: CauseContext = {
      check: checkClaim(lines, dataset, { setting }),
      lineNumbers: indexes.map((i) => i + 1),
      unitsKnown: indexes.map((i) => claim.lines[i].units !== null),
      dataset,
      setting,
    };
    indexes.forEach((lineIndex, index) => {
      where.set(lineIndex, { ctx, index });
    });
  }
  return where;
}

function checkable(l: RemitLine): boolean {
  return (l.qualifier === 'HC' || l.qualifier === 'HP') && isBillingCode(l.code);
}

/** Explains every adjustment and remark of one claim. */
export function explainRemitClaim(claim: RemitClaim, dataset: Dataset, options: ExplainOptions = {}): ClaimJson {
  const setting = options.setting ?? 'practitioner';
  const where = contexts(claim, dataset, setting);
  const lines = claim.lines.map((l, i): LineJson => {
    const at = where.get(i);
    const adjustments = l.adjustments.map((a) => {
      let cause: DenialCause | null;
      if (at) cause = findCause(a.reason, l.remarks, at.index, at.ctx);
      else {
        const probe = findCause(a.reason, l.remarks, -1, null);
        cause = probe && {
          rule: null,
          codes: [],
          detail: `${l.qualifier}:${l.code} is not a CPT/HCPCS code, so no coding edit was checked.`,
        };
      }
      return adjustmentJson(a, cause);
    });
    return {
      code: l.code,
      modifiers: l.modifiers,
      units: l.units,
      charge: l.charge,
      paid: l.paid,
      dateOfService: l.dateOfService,
      adjustments,
      remarks: l.remarks.map(remarkJson),
    };
  });
  return {
    claimId: claim.claimId,
    status: claim.status,
    lines,
    adjustments: claim.adjustments.map((a) => adjustmentJson(a, null)),
    remarks: claim.remarks.map(remarkJson),
  };
}
