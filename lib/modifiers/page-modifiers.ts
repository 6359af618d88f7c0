/**
 * Modifiers on the page, for the modifier hover (entrypoints/content/features/modifiers.ts). A two-letter
 * token is read as a modifier only where a claim puts one, never on its own shape (`RT 9` on a street, `LT`
 * or `XS` in prose stay text):
 * - written right after a detected code (`64634-RT`, `64633 59`, `+64634-RT-59`, X12 `HC:64634:59`): after a
 *   billed line any form the detector reads; after a code merely mentioned only the hyphenated form;
 * - in a cell of a column headed Modifier/Mod/MODS whose row holds a billed code.
 * DOM objects are passed in (no globals); nothing keeps page text.
 */
import { isModifierToken, type ModifierSpan, modifierCellSpans, suffixModifiers } from '../detect/modifiers';
import type { TableContextCache } from '../detect/table-context';
import { claimLinesFrom, type LineRecheck, rowGroupOf } from '../page/claim-lines';
import { claimInGroup, type OrderedMatches } from '../page/claim-region';
import { type PageMatch, sameMatch } from '../page/page-match';
import type { ModifierQuestion } from './modifier-on-claim';

/** One modifier on the page: offsets in `node`'s data and the code (claim line) it belongs to. */
export interface ModifierMatch {
  node: Text;
  start: number;
  end: number;
  modifier: string;
  /** The detected code the modifier is written with (on the same line of the claim). */
  code: PageMatch;
}

/** Longest text read as a modifier cell or a code's suffix (a modifier cell is a few characters). */
const MAX_CELL_TEXT = 40;

/** Modifiers written right after the codes of one text node (`codes`: that node's matches). */
export function modifiersAfterCodes(node: Text, codes: readonly PageMatch[]): ModifierMatch[] {
  const out: ModifierMatch[] = [];
  for (const code of codes) {
    const rest = node.data.slice(code.end, code.end + MAX_CELL_TEXT);
    const x12 = rest.startsWith(':');
    // An X12 composite is a service line; after a mention, `64634:25` is more likely a time or a ratio.
    if (x12 && code.role !== 'billed') continue;
    const spans = x12 ? x12Modifiers(rest) : suffixModifiers(rest);
    for (const s of spans) {
      // A mention's spaced suffix ("… 64633 RT …" in prose) is too weak to call a modifier.
      if (code.role !== 'billed' && s.spaced) break;
      out.push(at(node, code.end, s, code));
    }
  }
  return out;
}

/** X12 composite modifiers after a code (`HC:64634:59:RT`): each `:XX` that is a modifier token. */
function x12Modifiers(rest: string): ModifierSpan[] {
  const out: ModifierSpan[] = [];
  const re = /:([A-Z0-9]{2})(?=[:~*^\s]|$)/y;
  for (let m = re.exec(rest); m && out.length < 4 && isModifierToken(m[1]); m = re.exec(rest))
    out.push({ modifier: m[1], start: m.index + 1, end: m.index + 3, spaced: false });
  return out;
}

function at(node: Text, base: number, s: ModifierSpan, code: PageMatch): ModifierMatch {
  return { node, start: base + s.start, end: base + s.end, modifier: s.modifier, code };
}

/**
 * Modifiers in `node` when it is the text of a modifier cell whose row holds a billed code (the row's first
 * billed code is the line they belong to). `codesOf` gives a text node's detected codes (the match store).
 */
export function modifiersInCell(
  node: Text,
  tables: TableContextCache,
  codesOf: (t: Text) => readonly PageMatch[],
): ModifierMatch[] {
  if (node.data.length > MAX_CELL_TEXT) return [];
  const ctx = tables.contextOf(node.parentElement);
  if (ctx?.role !== 'modifier' || ctx.keyValue) return [];
  const spans = modifierCellSpans(node.data);
  if (spans.length === 0) return [];
  const code = billedCodeOfRow(ctx.row, codesOf);
  return code ? spans.map((s) => at(node, 0, s, code)) : [];
}

/** The first billed code in `row` (document order), or undefined. */
export function billedCodeOfRow(row: Element, codesOf: (t: Text) => readonly PageMatch[]): PageMatch | undefined {
  const doc = row.ownerDocument;
  const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const m of codesOf(n as Text)) if (m.role === 'billed' && !m.range) return m;
  return undefined;
}

/** Every modifier in one text node: after its codes, or as a modifier cell. */
export function modifiersIn(
  node: Text,
  tables: TableContextCache,
  codesOf: (t: Text) => readonly PageMatch[],
): ModifierMatch[] {
  const codes = codesOf(node);
  return codes.length > 0 ? modifiersAfterCodes(node, codes) : modifiersInCell(node, tables, codesOf);
}

/** The modifier covering caret position (`node`, `offset`), or undefined. */
export function modifierAt(
  node: Node,
  offset: number,
  tables: TableContextCache,
  codesOf: (t: Text) => readonly PageMatch[],
): ModifierMatch | undefined {
  if (node.nodeType !== 3) return undefined;
  return modifiersIn(node as Text, tables, codesOf).find((m) => offset >= m.start && offset <= m.end);
}

/**
 * The question for the background about `m`: its modifier and the claim its code belongs to (the code's
 * row group, narrowed as the claim check narrows it), with the code's own line. A code that is not a billed
 * line sends the modifier alone. Codes, modifiers and units only: no page text.
 */
export function modifierQuestion(m: ModifierMatch, store: OrderedMatches, recheck?: LineRecheck): ModifierQuestion {
  const group = rowGroupOf(m.code);
  const region = group ? claimInGroup(store, group, m.code) : [m.code];
  const read = claimLinesFrom(region, undefined, recheck, true);
  const index = read.lines.findIndex((l) => sameMatch(l.match, m.code));
  if (index < 0) return { modifier: m.modifier };
  return { modifier: m.modifier, lines: read.lines.map((l) => l.line), lineIndex: index };
}

/** Two modifier matches are the same occurrence (they are rebuilt on every hit test). */
export function sameModifier(a: ModifierMatch, b: ModifierMatch): boolean {
  return a.node === b.node && a.start === b.start;
}
