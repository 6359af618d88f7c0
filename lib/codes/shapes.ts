/**
 * The one definition of what a CPT or HCPCS Level II code looks like, its category and system, and how
 * user input becomes a code. Every reader of codes (detector, search, settings, imports, messages, claim
 * lines, CLI) takes its shapes from here.
 *
 * The shapes, and why:
 * - CPT Category I: five digits (`64634`).
 * - CPT Category II (performance measurement): four digits and F (`1234F`).
 * - CPT Category III (emerging technology): four digits and T (`0213T`).
 * - Proprietary Laboratory Analyses: four digits and U (`0001U`).
 * - Administrative MAAA codes: four digits and M (`0002M`); the PTP, MUE and OPPS tables carry them.
 * - HCPCS Level II: a letter and four digits (`J1100`). Every letter in the January 2026 HCPCS file lies in
 *   A–V (A B C E G H J K L M P Q R S T U V); W–Z are used by no CMS table, so they are not a code. The unused
 *   letters inside A–V stay allowed: the bundled dataset, not the shape, says whether a code exists.
 * - Not a shape: four digits and A. No CMS table bundled here (PTP, MUE, AOC, PFS, OPPS, HCPCS) holds one.
 * Codes are ASCII digits and upper-case ASCII letters only (the detector's character policy:
 * lib/detect/code-shape.ts).
 */
import type { CodeSystem } from '../dataset/types';

/** The shapes as a regex source: no anchors, no capture group; the suffixed shapes come first. */
export const CODE_PATTERN = String.raw`\d{4}[FTUM]|[A-V]\d{4}|\d{5}`;

/** A whole string that is one code (already upper-case). */
export const CODE_SHAPE = new RegExp(`^(?:${CODE_PATTERN})$`);

/** The shapes in words, for error messages. */
export const CODE_SHAPES_IN_WORDS = '5 digits, 4 digits followed by F, T, U or M, or a letter A–V followed by 4 digits';

/** What the code's shape says it is: CPT category (I, II, III, PLA, MAAA) or HCPCS Level II. */
export type CodeCategory = 'I' | 'II' | 'III' | 'PLA' | 'MAAA' | 'HCPCS';

/**
 * Category of a code from its shape. The caller has checked the shape (see {@link isBillingCode}, or the
 * detector's candidate regex); anything else gets a meaningless answer, cheaply.
 */
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

/** Code system: HCPCS for Level II (leading letter), CPT for every digit-led shape. */
export function systemOf(code: string): CodeSystem {
  return categoryOf(code) === 'HCPCS' ? 'HCPCS' : 'CPT';
}

/**
 * The family a code range stays within: its category, and for HCPCS its letter. `64490-64495` is a range;
 * `6449F` is not inside it, and `J0000-J9999` holds no G code.
 */
export function shapeKey(code: string): string | undefined {
  if (!isBillingCode(code)) return undefined;
  const category = categoryOf(code);
  return category === 'HCPCS' ? code[0] : category;
}

/** Two codes of the same family (so `from–to` can be a range); both are already known to be codes. */
export function sameShape(a: string, b: string): boolean {
  const ca = categoryOf(a);
  return ca === categoryOf(b) && (ca !== 'HCPCS' || a[0] === b[0]);
}

/** True when `code` (already normalised) is a CPT or HCPCS Level II code by shape. */
export function isBillingCode(code: string): boolean {
  return code.length === 5 && CODE_SHAPE.test(code);
}

/** Result of {@link normalizeCode}: the code, or why the input is not one. */
export type NormalizedCode = { ok: true; code: string } | { ok: false; reason: string };

/** Longest input worth echoing back in a reason. */
const MAX_INPUT_CHARS = 20;

/**
 * What a person typed or a file holds, as a code: trimmed, upper-cased, a leading add-on `+` dropped
 * (`" +64634"`, `"j1100"`, `"0213t"`); anything not shaped like a code is refused with a reason.
 */
export function normalizeCode(input: string): NormalizedCode {
  const raw = input.trim().replace(/^\+/, '').toUpperCase();
  if (raw === '') return { ok: false, reason: 'No code given' };
  if (raw.length > MAX_INPUT_CHARS) return { ok: false, reason: 'Not a code: too long' };
  if (!isBillingCode(raw))
    return { ok: false, reason: `Not a CPT or HCPCS code: "${raw}" (expected ${CODE_SHAPES_IN_WORDS})` };
  return { ok: true, code: raw };
}

/** The code in `input`, or undefined (for readers that drop what is not a code). */
export function codeOrUndefined(input: string): string | undefined {
  const n = normalizeCode(input);
  return n.ok ? n.code : undefined;
}

/** A query shaped like all or the start of a code: 1–5 digits, 4 digits and F/T/U/M, or A–V and 1–4 digits. */
const CODE_PREFIX = /^(?:\d{1,5}|\d{4}[FTUM]|[A-V]\d{1,4})$/;

/** True when `query` (upper-case, no spaces) is a code or the start of one. */
export function isCodePrefix(query: string): boolean {
  return CODE_PREFIX.test(query);
}
