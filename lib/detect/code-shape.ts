/**
 * The detector's compiled form of the code shapes (lib/codes/shapes.ts): the regex it runs per string.
 *
 * Character policy (zero-width and look-alike characters: tests/fixtures/pages/hostile-rtl-zw.html): a code is ASCII digits and upper-case ASCII letters only.
 * Fullwidth or Arabic-Indic digits never match; a zero-width character inside a code breaks it (no match);
 * a code touching a letter or digit of any script is part of a longer token (no match). NBSP and other
 * Unicode spaces count as spaces around a code and between a code and its modifiers/units.
 */
import { CODE_PATTERN } from '../codes';

/**
 * Candidate code shapes with word boundaries: not inside a longer run of letters or digits (any script),
 * so `1064634`, `992135` and `A99213` yield nothing. A trailing `x2` units suffix is allowed to touch the code.
 * Global and sticky-free: callers reset `lastIndex` (use {@link candidateRegex} for a private instance).
 */
export const CANDIDATE_SOURCE = String.raw`(?<![\p{L}\p{Nd}_])(${CODE_PATTERN})(?:(?![\p{L}\p{Nd}_])|(?=[xX]\s?\d))`;

/** A fresh global instance of the candidate regex (each scanner owns one, so `lastIndex` is never shared). */
export function candidateRegex(): RegExp {
  return new RegExp(CANDIDATE_SOURCE, 'gu');
}

/** The same shapes anchored at the start of a string (used to read the far end of a range). */
export const LEADING_CODE = new RegExp(String.raw`^(${CODE_PATTERN})(?![\p{L}\p{Nd}_])`, 'u');

/** Cheap prefilter: every code shape contains four consecutive ASCII digits. */
const PREFILTER = /\d{4}/;

/** True when `text` could contain a code at all; run this before any heavier work. */
export function mayContainCode(text: string): boolean {
  return PREFILTER.test(text);
}
