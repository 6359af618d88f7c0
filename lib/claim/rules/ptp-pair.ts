/**
 * `ptp-pair`: two codes on the claim form an active NCCI procedure-to-procedure edit.
 *
 * Written from the NCCI Policy Manual (2026), Chapter I §E, in our own words. Indicator 0: no
 * modifier lets both be paid. Indicator 1: an NCCI PTP-associated modifier may, when the record
 * shows separate encounters, sites or specimens (conditions in ./ptp-bypass.ts). Indicator 9: no
 * edit in effect, so no finding. Each edit gives one finding; with several lines of a code, every
 * column 1 × column 2 pair of lines must be bypassed for the finding to drop to info.
 */
import type { PtpEdit } from '../../dataset/types';
import { POLICY } from '../policy-sources';
import { isEmCode, modifierMeaning } from '../modifiers';
import { evaluateBypass } from '../ptp-bypass';
import { linesByCode, type RuleContext } from '../rule-context';
import type { FindingSource, PtpFinding } from '../types';

/** Finds PTP edits among the claim's codes. Requires the practitioner PTP table (see check-claim). */
export function ptpPairRule(ctx: RuleContext): PtpFinding[] {
  const byCode = linesByCode(ctx);
  const findings: PtpFinding[] = [];
  for (const edit of ctx.ptpEdits()) {
    if (edit.modifierIndicator === 9) continue;
    const l1 = byCode.get(edit.column1)!;
    const l2 = byCode.get(edit.column2)!;
    const lines = [...l1, ...l2].sort((a, b) => a - b);
    const source: FindingSource[] = [edit.source, POLICY.modifiers];
    const base = {
      rule: 'ptp-pair' as const,
      codes: [edit.column1, edit.column2],
      lines,
      column1: edit.column1,
      column2: edit.column2,
      rationale: edit.rationale,
      effective: edit.effective,
      deleted: edit.deleted,
      source,
    };
    if (edit.modifierIndicator === 0) {
      findings.push({
        ...base,
        severity: 'error',
        modifierIndicator: 0,
        bypassedBy: [],
        rejectedModifiers: [],
        message: `${edit.column2} is bundled into ${edit.column1} (NCCI PTP edit, modifier indicator 0: ${edit.rationale}). No modifier allows both to be paid; ${edit.column2} will be denied. If ${edit.column1} was unusually extensive, report it with modifier 22 and let the contractor decide on extra payment.`,
      });
      continue;
    }
    findings.push(indicatorOne(ctx, edit, l1, l2, base));
  }
  for (const f of findings) f.message = `${f.message} ${datesNote(f)}`;
  return findings;
}

/** When the edit applies: its dates, or that the release gave none. */
function datesNote(f: PtpFinding): string {
  if (!f.effective) return 'Effective dates unknown in this release: the edit is applied on any date of service.';
  return `Edit in effect from ${f.effective}${f.deleted ? ` to ${f.deleted}` : ''}.`;
}

function indicatorOne(
  ctx: RuleContext,
  edit: PtpEdit,
  l1: readonly number[],
  l2: readonly number[],
  base: Omit<PtpFinding, 'severity' | 'modifierIndicator' | 'bypassedBy' | 'rejectedModifiers' | 'message'>,
): PtpFinding {
  const bypassedBy = new Set<string>();
  const rejected = new Map<string, string>();
  let allBypassed = true;
  let usedPfs = false;
  for (const i of l1)
    for (const j of l2) {
      const outcome = evaluateBypass(ctx.lines[i], ctx.lines[j], ctx.dataset, ctx.setting);
      usedPfs ||= outcome.usedPfs;
      for (const m of outcome.bypassedBy) bypassedBy.add(m);
      for (const r of outcome.rejected) rejected.set(r.modifier, r.reason);
      if (outcome.bypassedBy.length === 0) allBypassed = false;
    }
  for (const m of bypassedBy) rejected.delete(m);
  const rejectedModifiers: PtpFinding['rejectedModifiers'] = [];
  let notes = '';
  for (const [modifier, reason] of rejected) {
    rejectedModifiers.push({ modifier, reason });
    notes += ` ${modifier} does not bypass it here: ${reason}.`;
  }
  const source = usedPfs ? [...base.source, ctx.dataset.source('pfs'), POLICY.globalSurgeryEm] : base.source;
  const head = `${edit.column1} and ${edit.column2} form an NCCI PTP edit (modifier indicator 1: ${edit.rationale}); ${edit.column2} is column 2.`;
  if (allBypassed) {
    const mods = [...bypassedBy];
    return {
      ...base,
      source,
      severity: 'info',
      modifierIndicator: 1,
      bypassedBy: mods,
      rejectedModifiers,
      message: `${head} Bypassed by ${mods.join(', ')} — the medical record must support ${mods.map((m) => `${m}: ${modifierMeaning(m)}`).join('; ')}. A modifier used only to get past the edit is not allowed.`,
    };
  }
  const em = [edit.column1, edit.column2].find(isEmCode);
  const advice = em
    ? ` ${em} is an E&M service: it may be paid with the procedure only when it is significant and separately identifiable beyond the procedure's usual pre- and post-procedure work (modifier 25 on ${em}, with a procedure of global period 000, 010 or XXX), or when it is the visit where major surgery (global 090) was decided (modifier 57). 59 and X{EPSU} do not belong on an E&M code.`
    : ' Both may be paid only if they were done at separate encounters or on separate anatomic sites (a different organ or region, a non-contiguous lesion, or the other side): then add XE (separate encounter), XS (separate structure), XP (different practitioner) or XU (non-overlapping service), 59 only when none of these fits, or anatomic modifiers naming the two different sites. Do not use them for work on the same site at the same session, or only because the diagnoses or the procedures differ.';
  return {
    ...base,
    source,
    severity: 'warning',
    modifierIndicator: 1,
    bypassedBy: [...bypassedBy],
    rejectedModifiers,
    message: `${head} As billed, ${edit.column2} will be denied.${notes}${advice}`,
  };
}
