/**
 * Modifiers and units written after a code, and in the Modifier/Units cells of a claim grid.
 */
import { isModifier } from '../codes';

/** Two-digit CPT modifiers in use. Other two-digit numbers after a code are not read as modifiers. */
const NUMERIC_MODIFIERS = new Set(
  '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 90 91 92 93 95 96 97 99'.split(
    ' ',
  ),
);

/**
 * Common HCPCS modifiers accepted after a bare space (`64633 RT 59`). After a hyphen or X12 colon any
 * two-character modifier with a letter is accepted; after a space only these, so `WA`, `OR`, `L5` stay text.
 */
const SPACED_LETTER_MODIFIERS = new Set(
  (
    'LT RT TC XE XP XS XU GA GY GZ GX GP GO GN GT GQ KX QW JW JZ JG JB KU AI AS SA SB SG TA T1 T2 T3 T4 T5 T6 T7 T8 T9 ' +
    'F1 F2 F3 F4 F5 F6 F7 F8 F9 FA E1 E2 E3 E4 LC LD LM RC RI AQ AR CR CS GC GE PO PN PT QK QX QY QZ AA AD Q5 Q6 FQ FR 95 93'
  ).split(' '),
);

/** A modifier token after a hyphen or colon: two upper-case characters, digits only if a known numeric modifier. */
export function isModifierToken(m: string): boolean {
  if (!isModifier(m)) return false;
  return /[A-Z]/.test(m) || NUMERIC_MODIFIERS.has(m);
}

/** A modifier token after a bare space: a known numeric modifier or a common HCPCS modifier. */
export function isSpacedModifierToken(m: string): boolean {
  return NUMERIC_MODIFIERS.has(m) || SPACED_LETTER_MODIFIERS.has(m);
}

const HYPHEN_MOD = /^[ \u00a0]?[-\u2013][ \u00a0]?([A-Z0-9]{2})(?![\p{L}\p{Nd}])/u;
const SPACE_MOD = /^[ \u00a0]{1,3}([A-Z0-9]{2})(?![\p{L}\p{Nd}]|[-\u2013]\d)/u;
const UNITS_X = /^[ \u00a0]?[xX\u00d7][ \u00a0]?(\d{1,3})(?!\d|[.,]\d)(?:[ \u00a0]?units?\b)?/u;
const UNITS_PAREN = /^[ \u00a0]?\((\d{1,3})[ \u00a0]?(?:units?|u)(?:[ \u00a0]billed)?\)/iu;

/** Modifiers and units read from the text right after a code, with the number of characters they used. */
export interface Suffix {
  modifiers: string[];
  units: number | null;
  length: number;
}

/** One modifier written after a code: offsets in the text read, and whether it followed a bare space. */
export interface ModifierSpan {
  modifier: string;
  start: number;
  end: number;
  spaced: boolean;
}

/**
 * The modifiers at the start of `rest` (`-59`, `-RT-59`, ` 59`, `-XS`), each with its offsets in `rest`;
 * `end` of the last one is where units may follow. Stops at the first thing it does not recognise; at most
 * four modifiers (a claim line holds four).
 */
export function suffixModifiers(rest: string): ModifierSpan[] {
  const out: ModifierSpan[] = [];
  let pos = 0;
  while (out.length < 4) {
    const tail = rest.slice(pos);
    const h = HYPHEN_MOD.exec(tail);
    const s = h && isModifierToken(h[1]) ? null : SPACE_MOD.exec(tail);
    const hit = h && isModifierToken(h[1]) ? h : s && isSpacedModifierToken(s[1]) ? s : null;
    if (!hit) break;
    const end = pos + hit[0].length;
    out.push({ modifier: hit[1], start: end - 2, end, spaced: hit === s });
    pos = end;
  }
  return out;
}

/**
 * Reads `-59`, `-RT-59`, ` 59`, `-XS`, then `x2`, ` x 2`, `× 2` or `(2 units)` from the start of `rest`.
 * Stops at the first thing it does not recognise; at most four modifiers (a claim line holds four).
 */
export function readSuffix(rest: string): Suffix {
  const spans = suffixModifiers(rest);
  let pos = spans.length > 0 ? spans[spans.length - 1].end : 0;
  let units: number | null = null;
  const tail = rest.slice(pos);
  const u = UNITS_X.exec(tail) ?? UNITS_PAREN.exec(tail);
  if (u) {
    units = Number(u[1]);
    pos += u[0].length;
  }
  return { modifiers: spans.map((m) => m.modifier), units, length: pos };
}

/** Modifiers in a Modifier/MODS cell: `RT 59`, `RT, 59`, `RT-59`, `59`. Anything else in the cell yields none. */
export function parseModifierCell(text: string): string[] {
  return modifierCellSpans(text).map((m) => m.modifier);
}

/** {@link parseModifierCell} with each modifier's offsets in `text` (`spaced` is always false). */
export function modifierCellSpans(text: string): ModifierSpan[] {
  const out: ModifierSpan[] = [];
  const upper = text.toUpperCase();
  const token = /[^\s,;/\-\u2013]+/g;
  for (let t = token.exec(upper); t; t = token.exec(upper)) {
    if (out.length === 4 || !isModifierToken(t[0])) return [];
    out.push({ modifier: t[0], start: t.index, end: t.index + t[0].length, spaced: false });
  }
  return out;
}

/** Units in a Units/NOS/Qty cell: `2`, `2.00`, `1.000`. Fractions and text yield null. */
export function parseUnitsCell(text: string): number | null {
  const m = /^\s*(\d{1,4})(?:\.0+)?\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}
