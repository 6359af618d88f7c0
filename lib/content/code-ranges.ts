/**
 * Code shapes and inclusive code ranges shared by the content tables. A range only matches codes of
 * its own shape, so "64490-64495" never matches "6449F" and "J0000-J9999" never matches a G code.
 */

/** Shape key: "num" for 5-digit CPT, "#F"/"#T"/"#U"/"#M"/"#A" for CPT series, the letter for HCPCS Level II. */
export function codeShape(code: string): string | undefined {
  if (/^\d{5}$/.test(code)) return 'num';
  if (/^\d{4}[FTUMA]$/.test(code)) return `#${code[4]}`;
  if (/^[A-V]\d{4}$/.test(code)) return code[0];
  return undefined;
}

/** True for CPT codes (5 digits, or 4 digits plus F, T, U, M or A). */
export function isCptCode(code: string): boolean {
  const s = codeShape(code);
  return s === 'num' || s?.startsWith('#') === true;
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
