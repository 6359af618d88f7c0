/**
 * Normalises what a user typed as a code ("64634", " j1100 ", "+64634", "0213t").
 */

/** Every shape a CPT or HCPCS Level II code can take. */
export const CODE_SHAPE = /^(?:\d{5}|\d{4}[FTUM]|[A-Z]\d{4})$/;

/** Result of {@link normalizeCode}: the upper-cased code, or why the input is not a code. */
export type NormalizedCode = { ok: true; code: string } | { ok: false; reason: string };

/** Upper-cases, trims and strips a leading add-on `+`; rejects anything not shaped like a code. */
export function normalizeCode(input: string): NormalizedCode {
  const raw = input.trim().replace(/^\+/, '').toUpperCase();
  if (raw === '') return { ok: false, reason: 'No code given' };
  if (raw.length > 20) return { ok: false, reason: 'Not a code: too long' };
  if (!CODE_SHAPE.test(raw)) {
    return {
      ok: false,
      reason: `Not a CPT or HCPCS code: "${raw}" (expected 5 digits, 4 digits + F/T/U/M, or a letter + 4 digits)`,
    };
  }
  return { ok: true, code: raw };
}
