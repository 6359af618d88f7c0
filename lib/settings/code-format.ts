/**
 * Shapes of billing codes, as plain string checks (no dataset needed).
 *
 * Used to validate recent lookups, imported descriptor rows and organisation notes. These are
 * format checks only: a well-formed code may still be unknown to the dataset.
 */

/** The code systems a user can switch detection on or off for. */
export type CodeKind = 'cptI' | 'cptII' | 'cptIII' | 'pla' | 'hcpcs';

const KIND_PATTERNS: ReadonlyArray<[CodeKind, RegExp]> = [
  // Category I, including MAAA administrative codes (four digits + M) and vaccine-administration
  // codes (four digits + A, e.g. 0001A).
  ['cptI', /^(\d{5}|\d{4}[MA])$/],
  ['cptII', /^\d{4}F$/],
  ['cptIII', /^\d{4}T$/],
  ['pla', /^\d{4}U$/],
  // HCPCS Level II: a letter A–V followed by four digits (CMS uses no W–Z prefixes).
  ['hcpcs', /^[A-V]\d{4}$/],
];

/** Upper-cases and trims a candidate code; does not validate it. */
export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The kind of a well-formed code (already normalised), or `undefined` when it is not one. */
export function codeKind(code: string): CodeKind | undefined {
  if (code.length !== 5) return undefined;
  for (const [kind, re] of KIND_PATTERNS) if (re.test(code)) return kind;
  return undefined;
}

/** True when `code` (already normalised) is a well-formed CPT or HCPCS Level II code. */
export function isBillingCode(code: string): boolean {
  return codeKind(code) !== undefined;
}
