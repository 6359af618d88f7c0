/**
 * Inclusive code ranges shared by the content tables. A range only matches codes of its own family
 * (lib/codes/shapes.ts `shapeKey`), so "64490-64495" never matches "6449F" and "J0000-J9999" never matches a G code.
 */
import { isBillingCode, shapeKey as codeShape, systemOf } from '../codes';

export { codeShape };

/** True for CPT codes (every digit-led shape). */
export function isCptCode(code: string): boolean {
  return isBillingCode(code) && systemOf(code) === 'CPT';
}

/** True when `code` lies in the inclusive range [from, to] and all three share a shape. */
export function inRange(code: string, from: string, to: string): boolean {
  const s = codeShape(code);
  return s !== undefined && s === codeShape(from) && s === codeShape(to) && code >= from && code <= to;
}

/** Splits a code spec ("64633" or "64633-64636") into its bounds, or undefined if malformed. */
export function parseCodeSpec(spec: string): { from: string; to: string } | undefined {
  const [from, to = from, ...rest] = spec.split('-');
  if (rest.length || !codeShape(from) || codeShape(from) !== codeShape(to) || from > to) return undefined;
  return { from, to };
}

/** True when `code` matches any of the specs. */
export function matchesSpecs(code: string, specs: readonly string[]): boolean {
  return specs.some((s) => {
    const r = parseCodeSpec(s);
    return r !== undefined && inRange(code, r.from, r.to);
  });
}
