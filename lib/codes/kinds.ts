/**
 * The code systems a user can switch marking on or off for (options page, `preferences.codeSystems`).
 * Administrative MAAA codes go with Category I: the options page names them there.
 */
import { type CodeCategory, categoryOf, isBillingCode } from './shapes';

/** A switchable code system. */
export type CodeKind = 'cptI' | 'cptII' | 'cptIII' | 'pla' | 'hcpcs';

/** Every kind with its label on the options page, in display order. */
export const CODE_KINDS: readonly (readonly [CodeKind, string])[] = [
  ['cptI', 'CPT Category I (5 digits) and MAAA (4 digits + M)'],
  ['cptII', 'CPT Category II (4 digits + F)'],
  ['cptIII', 'CPT Category III (4 digits + T)'],
  ['pla', 'PLA (4 digits + U)'],
  ['hcpcs', 'HCPCS Level II (letter + 4 digits)'],
];

const KIND_OF: Record<CodeCategory, CodeKind> = {
  I: 'cptI',
  MAAA: 'cptI',
  II: 'cptII',
  III: 'cptIII',
  PLA: 'pla',
  HCPCS: 'hcpcs',
};

/** The kind of a code (already normalised), or undefined when it is not shaped like a code. */
export function codeKind(code: string): CodeKind | undefined {
  return isBillingCode(code) ? KIND_OF[categoryOf(code)] : undefined;
}
