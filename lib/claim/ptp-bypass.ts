/**
 * Decides which NCCI PTP-associated modifiers on two claim lines bypass a modifier-indicator-1 edit
 * between them, following the conditions of the NCCI Policy Manual (2026), Chapter I §D and §E:
 * - 59/XE/XS/XP/XU on either line, but not on an E&M code (the manual sends E&M to modifier 25)
 *   and never 59 with 77427;
 * - anatomic modifiers only when both lines name sites and the sites differ (contralateral or
 *   different digits) — the manual says ipsilateral/contiguous work should not bypass;
 * - 24, 25, 57, 27 only on the E&M line: 25 with a minor (000/010) or XXX procedure, 57 with a
 *   major (090) procedure, 24 with a procedure that has a global period, 27 on hospital claims;
 * - 91 only on a laboratory code; 58, 78, 79 on either line.
 */
import type { Dataset, MueSetting } from '../dataset/types';
import {
  ANATOMIC_MODIFIERS,
  anatomicSites,
  DISTINCT_SERVICE_MODIFIERS,
  isEmCode,
  isLabCode,
  NON_BYPASS_MODIFIERS,
  POSTOP_PROCEDURE_MODIFIERS,
} from './modifiers';
import type { ClaimLine } from './types';

/** Outcome of checking the modifiers on one pair of lines. */
export interface BypassOutcome {
  /** Modifiers that validly bypass the edit for this pair. */
  bypassedBy: string[];
  /** Modifiers present that would not, with the reason in plain words. */
  rejected: { modifier: string; reason: string }[];
  /** True when a global-period condition was read from the PFS. */
  usedPfs: boolean;
}

/** Evaluates the modifiers of lines `a` and `b` against an indicator-1 PTP edit between their codes. */
export function evaluateBypass(a: ClaimLine, b: ClaimLine, dataset: Dataset, setting: MueSetting): BypassOutcome {
  const out: BypassOutcome = { bypassedBy: [], rejected: [], usedPfs: false };
  if (a.modifiers.length === 0 && b.modifiers.length === 0) return out;

  for (let side = 0; side < 2; side++) {
    const line = side === 0 ? a : b;
    const other = side === 0 ? b : a;
    for (const m of line.modifiers) {
      if (NON_BYPASS_MODIFIERS.has(m)) reject(out, m, `${m} never bypasses an NCCI PTP edit`);
      else if (DISTINCT_SERVICE_MODIFIERS.has(m)) {
        if (isEmCode(line.code))
          reject(
            out,
            m,
            `${m} should not be appended to an E&M code; a separately identifiable E&M service is shown with 25 (or 57 for the decision for major surgery)`,
          );
        else if (m === '59' && line.code === '77427') reject(out, m, 'the manual bars modifier 59 on 77427');
        else accept(out, m);
      } else if (POSTOP_PROCEDURE_MODIFIERS.has(m)) accept(out, m);
      else if (m === '91') {
        if (isLabCode(line.code)) accept(out, m);
        else reject(out, m, `91 marks a repeated laboratory test; ${line.code} is not a laboratory code`);
      } else if (m === '24' || m === '25' || m === '57' || m === '27') {
        const verdict = emModifierVerdict(m, line.code, other.code, dataset, setting);
        if (verdict.usedPfs) out.usedPfs = true;
        if (verdict.reason) reject(out, m, verdict.reason);
        else accept(out, m);
      }
    }
  }
  anatomicVerdict(a, b, out);
  // A modifier accepted on one line stays a valid bypass even if also rejected on the other.
  if (out.rejected.length) out.rejected = out.rejected.filter((r) => !out.bypassedBy.includes(r.modifier));
  return out;
}

function accept(out: BypassOutcome, m: string): void {
  if (!out.bypassedBy.includes(m)) out.bypassedBy.push(m);
}

function reject(out: BypassOutcome, m: string, reason: string): void {
  for (const r of out.rejected) if (r.modifier === m) return;
  out.rejected.push({ modifier: m, reason });
}

function anatomicVerdict(a: ClaimLine, b: ClaimLine, out: BypassOutcome): void {
  const sa = anatomicSites(a.modifiers);
  const sb = anatomicSites(b.modifiers);
  const present = [...a.modifiers, ...b.modifiers].filter((m) => ANATOMIC_MODIFIERS.has(m));
  if (present.length === 0) return;
  if (sa.size > 0 && sb.size > 0) {
    const shared = [...sa].filter((s) => sb.has(s));
    if (shared.length === 0) for (const m of present) accept(out, m);
    else
      for (const m of present)
        reject(
          out,
          m,
          `both lines name the same site (${shared.join('/')}); anatomic modifiers bypass an edit only for different sites, e.g. the contralateral side`,
        );
    return;
  }
  const one = sa.size > 0 ? sa : sb;
  const bare = sa.size > 0 ? b.code : a.code;
  for (const m of present)
    reject(
      out,
      m,
      `only one line names a site (${[...one].join('/')}); to show the services were on different sites, ${bare} needs its own anatomic modifier`,
    );
}

function emModifierVerdict(
  m: '24' | '25' | '57' | '27',
  code: string,
  other: string,
  dataset: Dataset,
  setting: MueSetting,
): { reason?: string; usedPfs: boolean } {
  if (!isEmCode(code)) return { reason: `${m} belongs on an E&M code, and ${code} is not one`, usedPfs: false };
  if (m === '27') {
    return setting === 'outpatientHospital'
      ? { usedPfs: false }
      : {
          reason:
            '27 marks multiple outpatient hospital E&M encounters and applies to hospital claims, not practitioner claims',
          usedPfs: false,
        };
  }
  const global = dataset.pfs(other)?.globalDays;
  // Without a PFS global period the condition cannot be tested; accept and let the message ask for documentation.
  if (global === undefined) return { usedPfs: false };
  const major = global === '090';
  const minorOrXxx = global === '000' || global === '010' || global === 'XXX';
  if (m === '25' && major) {
    return {
      reason: `${other} is major surgery (global 090): an E&M visit that day is part of the surgical package unless it is the visit where surgery was decided (modifier 57)`,
      usedPfs: true,
    };
  }
  if (m === '57' && minorOrXxx) {
    return {
      reason: `57 is for the decision for major surgery; ${other} has global period ${global}, where the decision to perform it is included (a separately identifiable visit uses 25)`,
      usedPfs: true,
    };
  }
  if (m === '24' && global === 'XXX') {
    return {
      reason: `${other} has no global surgery period (XXX), so there is no postoperative period for 24 to describe`,
      usedPfs: true,
    };
  }
  return { usedPfs: true };
}
