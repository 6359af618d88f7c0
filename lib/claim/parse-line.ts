/**
 * Parser for the compact claim-line notation `CODE[-MOD[-MOD…]][xUNITS]`, e.g. `64633-RT`,
 * `64634x2`, `64490-59`, `J1100x150`, `20610-RT-XSx1`. Input is case-insensitive; output is upper-case.
 */
import { CODE_SHAPES_IN_WORDS, isBillingCode, isModifier, MAX_MODIFIERS, MAX_UNITS } from '../codes';
import { quoted } from '../text/printable';
import type { ClaimLine } from './types';

/** A claim line that cannot be read; `message` names the line and says what is wrong. */
export class ClaimLineError extends Error {
  /** The text as given. */
  readonly input: string;
  /** What is wrong, without the line prefix. */
  readonly reason: string;
  /** Zero-based position of the line in the list it came from, when known. */
  readonly index?: number;

  constructor(input: string, reason: string, index?: number) {
    super(`${index === undefined ? 'Line' : `Line ${index + 1}`} ${quoted(input)}: ${reason}`);
    this.name = 'ClaimLineError';
    this.input = input;
    this.reason = reason;
    this.index = index;
  }
}

/** Why `code` (upper-case) is not shaped like a CPT/HCPCS code, or null when it is. */
export function codeProblem(code: string): string | null {
  if (code === '') return 'the code is missing';
  if (isBillingCode(code)) return null;
  return `${quoted(code)} is not a CPT or HCPCS code (expected ${CODE_SHAPES_IN_WORDS})`;
}

/** Why `modifier` (upper-case) is not a modifier, or null when it is. */
export function modifierProblem(modifier: string): string | null {
  return isModifier(modifier) ? null : `modifier ${quoted(modifier)} must be exactly 2 letters or digits`;
}

/** Parses a units field; returns the number or a reason string. */
export function parseUnits(text: string): number | string {
  if (!/^\d+$/.test(text)) return `units ${quoted(text)} must be a whole number`;
  const units = Number(text);
  if (units < 1) return 'units must be at least 1';
  if (units > MAX_UNITS) return `units ${quoted(text)} exceed the largest accepted value (${MAX_UNITS})`;
  return units;
}

/**
 * Parses one claim line.
 * @param index zero-based position, used only to name the line in errors.
 * @throws {@link ClaimLineError} naming the line when it is malformed.
 */
export function parseClaimLine(input: string, index?: number): ClaimLine {
  const fail = (reason: string): never => {
    throw new ClaimLineError(input, reason, index);
  };
  const text = input.trim().toUpperCase();
  if (text === '') fail('the line is empty');
  const parts = text.split('-');
  let unitsText: string | undefined;
  // Units hang off the last part: "64634X2" (no modifiers) or "RTX2" (after the last modifier).
  const lastAt = parts.length - 1;
  const keep = lastAt === 0 ? 5 : 2;
  const last = parts[lastAt];
  if (last.length > keep && last[keep] === 'X') {
    unitsText = last.slice(keep + 1);
    parts[lastAt] = last.slice(0, keep);
  }
  // "64634x-1": units written before a hyphen; name the units, not "64634X" as a code.
  if (unitsText === undefined && lastAt > 0 && parts[0].length > 5 && parts[0][5] === 'X') {
    const after = text.slice(6);
    fail(
      `units ${quoted(after)} must be a whole number of at least 1, after any modifiers (e.g. ${parts[0].slice(0, 5)}-RTx2)`,
    );
  }
  const [code, ...modifiers] = parts;
  const badCode = codeProblem(code);
  if (badCode) fail(badCode);
  if (modifiers.length > MAX_MODIFIERS)
    fail(`${modifiers.length} modifiers; a claim line carries at most ${MAX_MODIFIERS}`);
  for (const m of modifiers) {
    const bad = modifierProblem(m);
    if (bad) fail(m === '' ? 'empty modifier (two hyphens in a row, or a trailing hyphen)' : bad);
  }
  let units = 1;
  if (unitsText !== undefined) {
    if (unitsText === '') fail(`units are missing after "x" (write e.g. ${code}x2)`);
    const parsed = parseUnits(unitsText);
    if (typeof parsed === 'string') fail(parsed);
    units = parsed as number;
  }
  return { code, modifiers, units };
}

/**
 * Parses every line, stopping at the first malformed one.
 * @throws {@link ClaimLineError} for the first malformed line (its `index` is set).
 */
export function parseClaimLines(inputs: readonly string[]): ClaimLine[] {
  return inputs.map((s, i) => parseClaimLine(s, i));
}
