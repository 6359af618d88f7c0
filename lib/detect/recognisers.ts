/**
 * The text-first collector's "is this text a candidate?" step, as a list of recognisers. Each one looks at a
 * text node's string only (no element, no style, no context) and says whether the node may hold something it
 * reports; only such nodes get the costly context (visibility, table header, neighbouring text). Another
 * feature (e.g. adjustment codes such as CO-97 or N362) adds its own recogniser to the list it walks with.
 */
import { CODE_PATTERN } from '../codes';
import { candidateRegex } from './code-shape';
import type { IsKnown } from './types';

/** Decides from a string alone whether a text node may hold something worth reading in context. */
export interface Recogniser {
  /** Short name, for counters. */
  readonly name: string;
  /**
   * Runs for every text node walked: must be cheap and allocate nothing for non-candidates. Never asked about
   * an empty or whitespace-only string (the walk skips those: `text-cursor.ts`), so it must not need them.
   */
  mayHold(data: string): boolean;
}

/** The code shapes without their word boundaries (lib/codes): one native regex test, no Unicode classes. */
const CODE_PREFILTER = new RegExp(CODE_PATTERN);

/**
 * CPT/HCPCS codes: a text is a candidate when its prefilter passes and the candidate regex finds a code the
 * known-code set (the bundled bitmap) holds. Look-alike numbers that are not dataset codes never cost more.
 */
export function codeRecogniser(isKnown: IsKnown): Recogniser {
  const re = candidateRegex();
  return {
    name: 'codes',
    mayHold(data) {
      if (!CODE_PREFILTER.test(data)) return false;
      re.lastIndex = 0;
      for (let m = re.exec(data); m; m = re.exec(data)) if (isKnown(m[1])) return true;
      return false;
    },
  };
}
