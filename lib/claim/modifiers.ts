/**
 * Modifier groups and code kinds the NCCI rules depend on.
 *
 * The NCCI Policy Manual (2026, Chapter I §E) lists the modifiers that may bypass a PTP edit with
 * modifier indicator 1 ("NCCI PTP-associated modifiers"): anatomic E1–E4, FA, F1–F9, TA, T1–T9,
 * LT, RT, LC, LD, RC, LM, RI; global-surgery 24, 25, 57, 58, 78, 79; and 27, 59, 91, XE, XS, XP,
 * XU. It states that 22, 76 and 77 do not bypass an edit.
 */
import { categoryOf, isBillingCode } from '../codes';

/** Anatomic modifiers: eyelids, fingers, toes, sides, coronary arteries. */
export const ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  'E1',
  'E2',
  'E3',
  'E4',
  'FA',
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'TA',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'LT',
  'RT',
  'LC',
  'LD',
  'RC',
  'LM',
  'RI',
]);

/** 59 and its more specific X{EPSU} subsets: distinct procedural service. */
export const DISTINCT_SERVICE_MODIFIERS: ReadonlySet<string> = new Set(['59', 'XE', 'XS', 'XP', 'XU']);

/** Global-surgery modifiers that go on an E&M line (24, 25, 57). */
export const EM_GLOBAL_MODIFIERS: ReadonlySet<string> = new Set(['24', '25', '57']);

/** Global-surgery modifiers for a later procedure in a postoperative period (58, 78, 79). */
export const POSTOP_PROCEDURE_MODIFIERS: ReadonlySet<string> = new Set(['58', '78', '79']);

/** Every NCCI PTP-associated modifier named by the manual. */
export const NCCI_PTP_MODIFIERS: ReadonlySet<string> = new Set([
  ...ANATOMIC_MODIFIERS,
  ...DISTINCT_SERVICE_MODIFIERS,
  ...EM_GLOBAL_MODIFIERS,
  ...POSTOP_PROCEDURE_MODIFIERS,
  '27',
  '91',
]);

/** Modifiers the manual says never bypass a PTP edit. */
export const NON_BYPASS_MODIFIERS: ReadonlySet<string> = new Set(['22', '76', '77']);

/** Plain-language description of what each bypassing modifier asserts, for messages. */
export function modifierMeaning(modifier: string): string {
  switch (modifier) {
    case '59':
      return 'a distinct procedural service (different session, site or organ system, separate incision, lesion or injury)';
    case 'XE':
      return 'a separate encounter on the same date';
    case 'XS':
      return 'a separate organ or structure';
    case 'XP':
      return 'a different practitioner';
    case 'XU':
      return 'a service that does not overlap the usual components of the main service';
    case '24':
      return 'an E&M visit unrelated to the surgery, during its postoperative period';
    case '25':
      return "a significant, separately identifiable E&M service beyond the procedure's own pre- and post-procedure work";
    case '57':
      return 'the E&M visit at which the decision for major surgery was made';
    case '58':
      return 'a staged or related procedure during the postoperative period';
    case '78':
      return 'an unplanned return to the operating room for a related procedure during the postoperative period';
    case '79':
      return 'an unrelated procedure during the postoperative period';
    case '27':
      return 'a separate outpatient hospital E&M encounter on the same date';
    case '91':
      return 'a medically necessary repeat of the same laboratory test on the same date';
    default:
      return ANATOMIC_MODIFIERS.has(modifier) ? `a separate anatomic site (${modifier})` : modifier;
  }
}

/** True for CPT E&M codes (99202–99499) and G0463, the OPPS clinic-visit code. */
export function isEmCode(code: string): boolean {
  if (code === 'G0463') return true;
  if (!isBillingCode(code) || categoryOf(code) !== 'I') return false;
  const n = Number(code);
  return n >= 99202 && n <= 99499;
}

/** True for CPT pathology/laboratory codes (80000–89999) and proprietary lab analyses (####U). */
export function isLabCode(code: string): boolean {
  if (!isBillingCode(code)) return false;
  if (categoryOf(code) === 'PLA') return true;
  if (categoryOf(code) !== 'I') return false;
  const n = Number(code);
  return n >= 80000 && n <= 89999;
}

/**
 * The anatomic sites a line claims: its anatomic modifiers, with 50 (bilateral) counted as both
 * RT and LT. Empty when the line names no site.
 */
export function anatomicSites(modifiers: readonly string[]): Set<string> {
  const sites = new Set(modifiers.filter((m) => ANATOMIC_MODIFIERS.has(m)));
  if (modifiers.includes('50')) {
    sites.add('RT');
    sites.add('LT');
  }
  return sites;
}
