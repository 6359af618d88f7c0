/**
 * CMS indicator values in plain words (our own wording of the CMS file legends), for the details view.
 * An unlisted value is shown as the raw value with a pointer to the legend, never guessed.
 */

const GLOBAL_DAYS: Record<string, string> = {
  '000': '0-day global period: care on the day of the procedure is included',
  '010': '10-day global period: follow-up care for 10 days after is included',
  '090': '90-day global period (major surgery): the day before and 90 days after are included',
  MMM: 'maternity global package',
  XXX: 'no global period applies',
  YYY: 'global period set by the Medicare contractor',
  ZZZ: 'belongs to another service and falls within that service’s global period',
};

const BILATERAL: Record<string, string> = {
  '0': 'bilateral adjustment does not apply; modifier 50 is not appropriate',
  '1': 'bilateral adjustment applies: when done on both sides, report modifier 50 (paid at 150%)',
  '2': 'already bilateral by definition: do not add modifier 50',
  '3': 'no bilateral adjustment: each side is paid in full (report each side)',
  '9': 'bilateral concept does not apply',
};

const MULTIPLE: Record<string, string> = {
  '0': 'no multiple-procedure reduction',
  '1': 'older (pre-1995) multiple-procedure rules',
  '2': 'standard multiple-procedure reduction: highest-valued in full, others at 50%',
  '3': 'special rules for multiple endoscopies',
  '4': 'diagnostic imaging multiple-procedure reduction',
  '5': 'therapy services multiple-procedure reduction',
  '6': 'diagnostic cardiovascular multiple-procedure reduction',
  '7': 'diagnostic ophthalmology multiple-procedure reduction',
  '9': 'multiple-procedure concept does not apply',
};

const PFS_STATUS: Record<string, string> = {
  A: 'active, paid under the fee schedule',
  B: 'bundled into other services, not paid separately',
  C: 'priced by the Medicare contractor',
  E: 'excluded from the fee schedule by regulation',
  I: 'not valid for Medicare (another code is used)',
  M: 'measurement code, not paid',
  N: 'not covered by Medicare',
  R: 'restricted coverage',
  T: 'paid only when no other service is billed that day',
  X: 'excluded by statute',
};

function word(table: Record<string, string>, value: string, legend: string): string {
  return table[value] ?? `value “${value}” (see the ${legend} legend)`;
}

/** PFS global days in words. */
export const globalDaysWords = (v: string): string => word(GLOBAL_DAYS, v, 'PFS global days');
/** PFS bilateral surgery indicator in words. */
export const bilateralWords = (v: string): string => word(BILATERAL, v, 'PFS bilateral indicator');
/** PFS multiple-procedure indicator in words. */
export const multipleProcedureWords = (v: string): string => word(MULTIPLE, v, 'PFS multiple-procedure indicator');
/** PFS status code in words. */
export const pfsStatusWords = (v: string): string => word(PFS_STATUS, v, 'PFS status code');

/** What an MUE adjudication indicator means for the units and for an appeal. */
export function maiWords(mai: 1 | 2 | 3): string {
  if (mai === 1)
    return 'MAI 1, per claim line: extra units on a separate line with an appropriate modifier may be paid';
  if (mai === 2) return 'MAI 2, per day, set by policy: units above this are denied and an appeal will not succeed';
  return 'MAI 3, per day, clinical: units above this are denied, but an appeal with documentation of medical necessity can succeed';
}

/** What a PTP modifier indicator means for billing the pair on the same day. */
export function modifierIndicatorWords(indicator: 0 | 1 | 9): string {
  if (indicator === 0) return 'no modifier allows both: the column 2 code is not paid with the column 1 code';
  if (indicator === 1)
    return 'a modifier (59, XE, XS, XP, XU or an anatomic one) can allow both, only when the services were truly distinct (different site, session or encounter) and the record shows it';
  return 'the edit does not apply';
}
