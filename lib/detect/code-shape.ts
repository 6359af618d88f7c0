/**
 * The shapes of CPT and HCPCS Level II codes, and the one compiled regex the detector runs per string.
 *
 * Character policy (adversarial case B7 #16): a code is ASCII digits and upper-case ASCII letters only.
 * Fullwidth or Arabic-Indic digits never match; a zero-width character inside a code breaks it (no match);
 * a code touching a letter or digit of any script is part of a longer token (no match). NBSP and other
 * Unicode spaces count as spaces around a code and between a code and its modifiers/units.
 */
import type { CodeSystem } from '../dataset/types';
import type { CodeCategory } from './types';

/**
 * Candidate code shapes with word boundaries: not inside a longer run of letters or digits (any script),
 * so `1064634`, `992135` and `A99213` yield nothing. A trailing `x2` units suffix is allowed to touch the code.
 * Global and sticky-free: callers reset `lastIndex` (use {@link candidateRegex} for a private instance).
 */
export const CANDIDATE_SOURCE = String.raw`(?<![\p{L}\p{Nd}_])(\d{4}[FTUM]|[A-V]\d{4}|\d{5})(?:(?![\p{L}\p{Nd}_])|(?=[xX]\s?\d))`;

/** A fresh global instance of the candidate regex (each scanner owns one, so `lastIndex` is never shared). */
export function candidateRegex(): RegExp {
  return new RegExp(CANDIDATE_SOURCE, 'gu');
}

/** The same shapes anchored at the start of a string (used to read the far end of a range). */
export const LEADING_CODE = /^(\d{4}[FTUM]|[A-V]\d{4}|\d{5})(?![\p{L}\p{Nd}_])/u;

/** Cheap prefilter: every code shape contains four consecutive ASCII digits. */
const PREFILTER = /\d{4}/;

/** True when `text` could contain a code at all; run this before any heavier work. */
export function mayContainCode(text: string): boolean {
  return PREFILTER.test(text);
}

/** Category of a code from its shape (the caller has already matched the candidate regex). */
export function categoryOf(code: string): CodeCategory {
  const last = code.charCodeAt(4);
  if (last >= 48 && last <= 57) return code.charCodeAt(0) >= 65 ? 'HCPCS' : 'I';
  switch (code[4]) {
    case 'F':
      return 'II';
    case 'T':
      return 'III';
    case 'U':
      return 'PLA';
    default:
      return 'MAAA';
  }
}

/** Code system: HCPCS for Level II (leading letter), CPT for every all-digit-led shape. */
export function systemOf(code: string): CodeSystem {
  return categoryOf(code) === 'HCPCS' ? 'HCPCS' : 'CPT';
}

/** Two codes have the same shape (so `from–to` can be a range): same category and, for HCPCS, same letter. */
export function sameShape(a: string, b: string): boolean {
  const ca = categoryOf(a);
  return ca === categoryOf(b) && (ca !== 'HCPCS' || a[0] === b[0]);
}
