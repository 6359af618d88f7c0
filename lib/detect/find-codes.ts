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
  /**
   * The text node `text` is read from, written into every token as it is built (the DOM collector's matches
   * are these tokens: no copy per code to attach the node).
   */
  node?: Text;
}

/** A token as {@link findCodes} builds it: with the text node it was read from, when one was given. */
export interface FoundCode extends CodeToken {
  node: Text | undefined;
}

/** One string being read: its context and what was found so far (one object per call, none per candidate). */
interface Pass {
  readonly text: string;
  readonly before: string;
  readonly after: string;
  readonly isKnown: IsKnown;
  readonly column: TextContext['column'];
  /** Role of a code with no stronger evidence: billed where a claim line's code goes, else a mention. */
  readonly placed: CodeRole;
  readonly out: FoundCode[];
  readonly node: Text | undefined;
  /** The string's fixed-width column layout, read at the first code that needs it (null: none). */
  layout: FixedWidthLookup | null | undefined;
}

/**
 * Finds the codes in `text`, in order. Offsets are indices into `text`. A candidate is reported only when
 * `isKnown` accepts it and no context rule rejects it; see the module comment for the rules.
 */
export function findCodes(text: string, options: FindCodesOptions): FoundCode[] {
  if (!mayContainCode(text)) return [];
  const { column, maxCodes = MAX_CODES_PER_TEXT } = options;
  if (column === 'negative' || column === 'modifier' || column === 'units') return [];
  const pass: Pass = {
    text,
    before: options.before ?? '',
    after: options.after ?? '',
    isKnown: options.isKnown,
    column,
    placed: options.linePlace ? 'billed' : 'mention',
    out: [],
    node: options.node,
    layout: undefined,
  };
  const re = CANDIDATES;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && pass.out.length < maxCodes; m = re.exec(text))
    re.lastIndex = Math.max(re.lastIndex, readCandidate(pass, m[1], m.index));
  // A range adds two codes at once and may pass the cap by one.
  if (pass.out.length > maxCodes) pass.out.length = maxCodes;
  return pass.out;
}

/** Up to {@link WINDOW} characters before `start`, the preceding text's tail included. */
function leftOf(p: Pass, start: number): string {
  return start >= WINDOW
    ? p.text.slice(start - WINDOW, start)
    : p.before.slice(-(WINDOW - start)) + p.text.slice(0, start);
}

/** Up to {@link WINDOW} characters from `i` on, the following text's head included. */
function rightOf(p: Pass, i: number): string {
  return p.text.length - i >= WINDOW ? p.text.slice(i, i + WINDOW) : p.text.slice(i) + p.after.slice(0, WINDOW);
}

/** Judges the candidate `code` at `start`, adding what it yields; returns where the next search may start. */
function readCandidate(p: Pass, code: string, start: number): number {
  const end = start + code.length;
  const left = leftOf(p, start);
  const right = rightOf(p, end);
  const x12 = x12Before(left);
  if (x12 === 'other-element') return end;
  if (x12 === 'procedure') {
    if (!p.isKnown(code)) return end;
    const mods = readX12Modifiers(right);
    // An X12 service segment is a claim line by definition.
    push(p, code, start, mods.modifiers, x12SegmentUnits(p.text, start), false, 'billed');
    return end + mods.length;
  }
  const r = RANGE.exec(right);
  const farMatch = r ? LEADING_CODE.exec(right.slice(r[0].length)) : null;
  if (farMatch) return readRange(p, code, start, left, end + r![0].length, farMatch[1]);
  return readSingle(p, code, start, left, right);
}

/** A written range: both ends must be known codes of the same shape, in ascending order. */
function readRange(p: Pass, code: string, start: number, left: string, toStart: number, to: string): number {
  const ok =
    sameShape(code, to) &&
    to > code &&
    p.isKnown(code) &&
    p.isKnown(to) &&
    labelBefore(left) !== 'negative' &&
    !LEFT_REJECT.test(left);
  const next = toStart + to.length;
  if (!ok || RIGHT_REJECT.test(rightOf(p, next))) return next;
  // A written range names a family of codes, never a service: a mention wherever it stands.
  const range = { from: code, to };
  push(p, code, start, [], null, false, 'mention', range);
  push(p, to, toStart, [], null, false, 'mention', range);
  return next;
}

/** A single code: context rules, then its suffix (modifiers, units) and the line's fixed-width columns. */
function readSingle(p: Pass, code: string, start: number, left: string, right: string): number {
  const end = start + code.length;
  if (!p.isKnown(code)) return end;
  if (LEFT_REJECT.test(left) && !LEFT_CODE_SLASH.test(left)) return end;
  const label = labelBefore(left);
  if (label === 'negative') return end;
  const addOnMarker = ADD_ON_MARK.test(left);
  const suffix = readSuffix(right);
  const rest = right.slice(suffix.length);
  if (RIGHT_REJECT.test(rest) && !RIGHT_CODE_SLASH.test(rest)) return end;
  let { modifiers, units } = suffix;
  let role = p.placed;
  if (p.layout === undefined) p.layout = fixedWidthLookup(p.text);
  if (p.layout) {
    const cols = p.layout(start);
    if (cols === 'other-column') return end;
    // The MODS column is authoritative on a layout line (a space-separated modifier also reads as a suffix).
    if (cols) {
      if (cols.modifiers.length) modifiers = cols.modifiers;
      units ??= cols.units;
      // A PROC column line of a fixed-width remittance is a service line.
      role = 'billed';
    }
  }
  // Precision where context is absent: a bare number alone in a table cell whose header is not a code column.
  const positive = label === 'positive' || addOnMarker || modifiers.length > 0 || units !== null || p.column === 'code';
  const text = p.text;
  if (!positive && p.column === 'neutral' && categoryOf(code) === 'I' && text.trim() === code) return end;
  // A sentence that talks about ZIP/postal codes ("Spokane 99201, 99202 … (all ZIP codes)") needs positive evidence.
  if (!positive && categoryOf(code) === 'I' && ZIP_WORD.test(sentenceAround(text, start, end))) return end;
  push(p, code, start, modifiers, units, addOnMarker, role);
  return end + suffix.length;
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

/**
 * Adds a token to the pass's output, built whole: no `delete` and no field added later (a deleted property
 * makes a slow dictionary, an added one an out-of-object store; a page keeps tens of thousands of these, and
 * the scanner hands them over as they are: the heap budget and GC in docs/performance.md).
 */
function push(
  p: Pass,
  code: string,
  start: number,
  modifiers: string[],
  units: number | null,
  addOnMarker: boolean,
  role: CodeRole,
  range?: { from: string; to: string },
): void {
  const t: FoundCode = {
    code,
    system: systemOf(code),
    category: categoryOf(code),
    start,
    end: start + code.length,
    modifiers,
    units,
    addOnMarker,
    role,
    node: p.node,
  };
  if (range) t.range = range;
  p.out.push(t);
}

/**
 * Runs the detector once on a constant string, so its Unicode regexes are compiled before the page scan
 * needs them. Compiling them is the first candidate's cost (8.8 ms in Node on a quiet machine, several times
 * that in a loaded tab: docs/performance.md); the content script calls this while it waits for its settings,
 * so that cost leaves the scan's first slice and the first viewport's marks.
 */
export function warmDetector(): void {
  findCodes('CPT: +64634-59 x2, 64490 to 64495; ZIP 99213 $64,634.00 SV1*HC:64634:RT*1*UN*2~', {
    isKnown: () => true,
    before: 'Procedure ',
    after: ' units',
  });
}
