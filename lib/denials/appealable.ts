/** Words for the appealable flag of a reason code (shown by the popup and the page popover). */
import type { Appealable } from './types';

/** Words for the appealable flag. */
export const APPEALABLE_TEXT: Record<Appealable, string> = {
  yes: 'usually appealable with documentation',
  sometimes: 'sometimes appealable: depends on the facts and the record',
  rarely: 'rarely worth appealing',
  no: 'not appealable',
  resubmit: 'correct and resubmit rather than appeal',
  'not-applicable': 'not a denial: nothing to appeal',
};
