/**
 * The code detector over one string: one regex pass finds candidates, then each known candidate is judged
 * by its context (labels, X12 syntax, amounts, addresses, table column) and its suffix is read
 * (modifiers, units, ranges, the `+` add-on marker). Pure: no DOM, no globals.
 */
import { CODE_PATTERN, categoryOf, sameShape, systemOf } from '../codes';
import { candidateRegex, LEADING_CODE, mayContainCode } from './code-shape';
import { labelBefore } from './context-labels';
import { fixedWidthLookup, type FixedWidthLookup } from './fixed-width';
import { MAX_CODES_PER_TEXT } from './limits';
import { readSuffix } from './modifiers';
import { readX12Modifiers, x12Before, x12SegmentUnits } from './x12';
import type { CodeRole, CodeToken, IsKnown, TextContext } from './types';

/** One compiled instance, reused: findCodes is synchronous and never re-entered, so sharing `lastIndex` is safe. */
const CANDIDATES = candidateRegex();

/** How much text on each side a context rule may look at. */
const WINDOW = 48;

/** Text before a candidate that makes it part of something else: money, arithmetic, a number, an id prefix (`RP-`), a path or date. */
const LEFT_REJECT =
  /(?:[$\u20ac\u00a3]\s?|\d\+|\bUSD\s?|\d[.,]|[\p{L}\p{Nd}][-\u2013]|#|[\p{L}\p{Nd}.-]\/|[@&=%]|\.)$/u;
/** A code right before `/` is still a code when another code follows it (`64490/64491`). */
const LEFT_CODE_SLASH = new RegExp(`(?:${CODE_PATTERN})/$`);
/** Text after a candidate (and its suffix) that makes it part of something else. */
const RIGHT_REJECT = /^(?:[.,]\d|[-\u2013]\d|\/[\p{L}\p{Nd}]|\s?%|:\d|@|\.[A-Za-z]{2})/u;
const RIGHT_CODE_SLASH = new RegExp(String.raw`^/(?:${CODE_PATTERN})(?![\p{L}\p{Nd}])`, 'u');
const RANGE = /^[ \u00a0]?(?:[-\u2013\u2014]|\bto\b|\bthrough\b|\bthru\b)[ \u00a0]?/u;
const ZIP_WORD = /\b(?:zip|postal)\b/i;
const ADD_ON_MARK = /(?:^|[^\p{L}\p{Nd}])\+[ \u00a0]?$/u;

/** Options for {@link findCodes}. */
export interface FindCodesOptions extends TextContext {
  /** Dataset membership; only known codes are reported. */
  isKnown: IsKnown;
  /** Most codes reported (default {@link MAX_CODES_PER_TEXT}); {@link findCodes} stops reading there. */
  maxCodes?: number;
}

/**
 * Finds the codes in `text`, in order. Offsets are indices into `text`. A candidate is reported only when
 * `isKnown` accepts it and no context rule rejects it; see the module comment for the rules.
 */
export function findCodes(text: string, options: FindCodesOptions): CodeToken[] {
  if (!mayContainCode(text)) return [];
  const { isKnown, before = '', after = '', column, maxCodes = MAX_CODES_PER_TEXT } = options;
  const placed: CodeRole = options.linePlace ? 'billed' : 'mention';
  if (column === 'negative' || column === 'modifier' || column === 'units') return [];
  const out: CodeToken[] = [];
  const re = CANDIDATES;
  re.lastIndex = 0;
  let layout: FixedWidthLookup | null | undefined;
  for (let m = re.exec(text); m && out.length < maxCodes; m = re.exec(text)) {
    const code = m[1];
    const start = m.index;
    const end = start + code.length;
    const left =
      start >= WINDOW ? text.slice(start - WINDOW, start) : before.slice(-(WINDOW - start)) + text.slice(0, start);
    const rightOf = (i: number) =>
      text.length - i >= WINDOW ? text.slice(i, i + WINDOW) : text.slice(i) + after.slice(0, WINDOW);
    const right = rightOf(end);

    const x12 = x12Before(left);
    if (x12 === 'other-element') continue;
    if (x12 === 'procedure') {
      if (!isKnown(code)) continue;
      const mods = readX12Modifiers(right);
      out.push(
        // An X12 service segment is a claim line by definition.
        token(code, start, {
          modifiers: mods.modifiers,
          units: x12SegmentUnits(text, start),
          addOnMarker: false,
          role: 'billed',
        }),
      );
      re.lastIndex = end + mods.length;
      continue;
    }

    // A written range: both ends must be known codes of the same shape, in ascending order.
    const r = RANGE.exec(right);
    const farMatch = r ? LEADING_CODE.exec(right.slice(r[0].length)) : null;
    if (farMatch) {
      const to = farMatch[1];
      const toStart = end + r![0].length;
      const ok =
        sameShape(code, to) &&
        to > code &&
        isKnown(code) &&
        isKnown(to) &&
        labelBefore(left) !== 'negative' &&
        !LEFT_REJECT.test(left);
      re.lastIndex = toStart + to.length;
      if (!ok || RIGHT_REJECT.test(rightOf(toStart + to.length))) continue;
      // A written range names a family of codes, never a service: a mention wherever it stands.
      const range = { from: code, to };
      out.push(token(code, start, { modifiers: [], units: null, addOnMarker: false, role: 'mention', range }));
      out.push(token(to, toStart, { modifiers: [], units: null, addOnMarker: false, role: 'mention', range }));
      continue;
    }

    if (!isKnown(code)) continue;
    if (LEFT_REJECT.test(left) && !LEFT_CODE_SLASH.test(left)) continue;
    const label = labelBefore(left);
    if (label === 'negative') continue;
    const addOnMarker = ADD_ON_MARK.test(left);
    const suffix = readSuffix(right);
    const rest = right.slice(suffix.length);
    if (RIGHT_REJECT.test(rest) && !RIGHT_CODE_SLASH.test(rest)) continue;

    let { modifiers, units } = suffix;
    let role = placed;
    if (layout === undefined) layout = fixedWidthLookup(text);
    if (layout) {
      const cols = layout(start);
      if (cols === 'other-column') continue;
      // The MODS column is authoritative on a layout line (a space-separated modifier also reads as a suffix).
      if (cols) {
        if (cols.modifiers.length) modifiers = cols.modifiers;
        units ??= cols.units;
        // A PROC column line of a fixed-width remittance is a service line.
        role = 'billed';
      }
    }
    // Precision where context is absent: a bare number alone in a table cell whose header is not a code column.
    const positive = label === 'positive' || addOnMarker || modifiers.length > 0 || units !== null || column === 'code';
    if (!positive && column === 'neutral' && categoryOf(code) === 'I' && text.trim() === code) continue;
    // A sentence that talks about ZIP/postal codes ("Spokane 99201, 99202 … (all ZIP codes)") needs positive evidence.
    if (!positive && categoryOf(code) === 'I' && ZIP_WORD.test(sentenceAround(text, start, end))) continue;
    out.push(token(code, start, { modifiers, units, addOnMarker, role }));
    re.lastIndex = Math.max(re.lastIndex, end + suffix.length);
  }
  // A range adds two codes at once and may pass the cap by one.
  if (out.length > maxCodes) out.length = maxCodes;
  return out;
}

const STOPS = '.!?;';
const SPACES = ' \t\n\r\u00a0';

/** The sentence (or line) around a span, at most 240 characters each side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const min = Math.max(0, start - 240);
  while (from > min && !(text[from - 1] === '\n' || (STOPS.includes(text[from - 1]) && SPACES.includes(text[from]))))
    from--;
  let to = end;
  const max = Math.min(text.length, end + 240);
  while (
    to < max &&
    !(text[to] === '\n' || (STOPS.includes(text[to]) && (to + 1 === text.length || SPACES.includes(text[to + 1]))))
  )
    to++;
  return text.slice(from, to);
}

function token(
  code: string,
  start: number,
  rest: Pick<CodeToken, 'modifiers' | 'units' | 'addOnMarker' | 'role' | 'range'>,
): CodeToken {
  // Built without `delete`: deleting a property turns an object into a slow dictionary (about twice the
  // memory, and a page keeps tens of thousands of these; the heap budget in docs/performance.md).
  const t: CodeToken = {
    code,
    system: systemOf(code),
    category: categoryOf(code),
    start,
    end: start + code.length,
    modifiers: rest.modifiers,
    units: rest.units,
    addOnMarker: rest.addOnMarker,
    role: rest.role,
  };
  if (rest.range) t.range = rest.range;
  return t;
}
