/**
 * "Check this claim": turns the codes detected on the page (the match store's matches) inside a region the
 * user chose — a selection, or the table row group around a code — into claim lines for the claim check.
 *
 * Every detected code occurrence is one line, in document order (so a table's lines come row by row and
 * two lines of the same code stay two lines). Modifiers and units are the ones the detector already paired
 * with the code (written next to it, or read from its row's Mod/Units cells). A written range such as
 * `64490-64495` names a family of codes, not a service, so it never becomes a line. Reads only: nothing
 * here changes the DOM or keeps page text.
 */
import type { ClaimLine } from '../claim/types';
import { isModifier, MAX_CLAIM_LINES, MAX_MODIFIERS, MAX_UNITS } from '../codes';
import { documentOrder, type PageMatch } from './match-store';

/** A claim line with the page match it was read from (for the popover and for counting rows). */
export interface PageClaimLine {
  line: ClaimLine;
  match: PageMatch;
}

/** A code occurrence inside the region that is not sent to the check, with the reason in plain words. */
export interface SkippedCode {
  code: string;
  reason: string;
}

/** Lines read from a region of the page. */
export interface PageClaimLines {
  /** At most {@link MAX_CLAIM_LINES}, in document order. */
  lines: PageClaimLine[];
  /** Occurrences left out (written ranges, units that cannot be a count, lines past the cap). */
  skipped: SkippedCode[];
  /** Distinct table rows the lines sit in (lines outside a table do not count). */
  rows: number;
}

/** Orders matches as they read on the page: by text node, then by offset within it. */
export function byPageOrder(a: PageMatch, b: PageMatch): number {
  return a.node === b.node ? a.start - b.start : documentOrder(a.node, b.node);
}

/** True when at least one character of the match lies inside `range` (a code cut by the selection edge counts). */
export function matchInRange(range: Range, m: PageMatch): boolean {
  try {
    if (!range.intersectsNode(m.node)) return false;
    // comparePoint: -1 before the range, 0 inside it (edges included), 1 after it.
    const start = range.comparePoint(m.node, m.start);
    const end = range.comparePoint(m.node, m.end);
    if (start > 0 || end < 0) return false;
    const endsAtRangeStart = end === 0 && range.startContainer === m.node && range.startOffset === m.end;
    const startsAtRangeEnd = start === 0 && range.endContainer === m.node && range.endOffset === m.start;
    return !endsAtRangeStart && !startsAtRangeEnd;
  } catch {
    // The node's text changed under the match (offset past its end): the rescan will fix it; leave it out.
    return false;
  }
}

/** Matches that lie (at least partly) inside any of `ranges` (a selection may hold several). */
export function matchesInRanges(matches: Iterable<PageMatch>, ranges: readonly Range[]): PageMatch[] {
  const live = ranges.filter((r) => !r.collapsed);
  if (live.length === 0) return [];
  const out: PageMatch[] = [];
  for (const m of matches) if (live.some((r) => matchInRange(r, m))) out.push(m);
  return out;
}

/**
 * The table row group a match sits in: the nearest `<tbody>`/`<thead>`/`<tfoot>` or `role="rowgroup"`
 * element; else its table (or `role="grid"`/`"table"`); null for a code outside any table. Remittance pages
 * that put each claim in its own `<tbody>` give one claim per group.
 */
export function rowGroupOf(m: PageMatch): Element | null {
  const el = m.row ?? m.node.parentElement;
  return (
    el?.closest('tbody, thead, tfoot, [role="rowgroup"]') ??
    el?.closest('table, [role="grid"], [role="table"], [role="treegrid"]') ??
    null
  );
}

/** The table row (`<tr>` or `role="row"`) a match sits in, or null (the page scanner does not store it). */
export function rowOf(m: PageMatch): Element | null {
  return m.row ?? m.node.parentElement?.closest('tr, [role="row"]') ?? null;
}

/** Matches inside `group` (an element, e.g. from {@link rowGroupOf}). */
export function matchesInGroup(matches: Iterable<PageMatch>, group: Element): PageMatch[] {
  const out: PageMatch[] = [];
  for (const m of matches) if (group.contains(m.node)) out.push(m);
  return out;
}

/** Most left-out codes listed one by one; the rest are summed up in one last entry. */
export const MAX_SKIPPED_LISTED = 20;

/**
 * Re-reads a match as the user sees it now (see `line-recheck.ts`): null when its text is hidden, else the
 * match with the modifiers and units visible around it.
 */
export type LineRecheck = (m: PageMatch) => PageMatch | null;

/** One match as a claim line, or the reason it cannot be one. */
function toLine(m: PageMatch): ClaimLine | string {
  if (m.range) return `part of the written range ${m.range.from}–${m.range.to}, not a billed line`;
  if (m.role === 'mention') return 'mentioned in the text, not a billed line of a claim table';
  const units = m.units ?? 1;
  if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS)
    return `units "${units}" are not a count from 1 to ${MAX_UNITS}`;
  const modifiers = m.modifiers.filter(isModifier).slice(0, MAX_MODIFIERS);
  return { code: m.code, modifiers, units };
}

/**
 * Claim lines from matches (any order; sorted here). Nothing is de-duplicated: the same code on two rows
 * is two lines, as on the claim. Mentions and written ranges never become lines. `recheck` (the content
 * script passes `seenRecheck`) re-reads each would-be line with computed style first, so text the page
 * hides never counts; whatever feeds a verdict must pass it.
 */
export function claimLinesFrom(
  matches: Iterable<PageMatch>,
  max = MAX_CLAIM_LINES,
  recheck?: LineRecheck,
  /** The matches already come in document order (the store's order): nothing is sorted. */
  ordered = false,
): PageClaimLines {
  const sorted = ordered ? matches : [...matches].sort(byPageOrder);
  const lines: PageClaimLine[] = [];
  const skipped: SkippedCode[] = [];
  let unlisted = 0;
  const skip = (code: string, reason: string) => {
    if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ code, reason });
    else unlisted++;
  };
  const rows = new Set<Element>();
  for (const stored of sorted) {
    let line = toLine(stored);
    if (typeof line === 'string') {
      skip(stored.code, line);
      continue;
    }
    if (lines.length >= max) {
      skip(stored.code, `more than ${max} lines; only the first ${max} were checked`);
      continue;
    }
    const m = recheck ? recheck(stored) : stored;
    if (!m) {
      skip(stored.code, 'hidden on the page, so not counted as a line');
      continue;
    }
    line = toLine(m);
    if (typeof line === 'string') {
      skip(m.code, line);
      continue;
    }
    // The stored match stays the line's match: the popover and the checked set know it by identity.
    lines.push({ line, match: stored });
    const row = rowOf(m);
    if (row) rows.add(row);
  }
  if (unlisted > 0) skipped.push({ code: `+${unlisted}`, reason: 'more codes left out for the reasons above' });
  return { lines, skipped, rows: rows.size };
}
