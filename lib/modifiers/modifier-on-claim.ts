/**
 * What one modifier on a claim line means for that claim: its report (lib/modifiers/modifier-report.ts) and,
 * for every NCCI PTP edit between the line's code and another billed line of the claim, whether this
 * modifier bypasses it. Only an edit with modifier indicator 1 can be bypassed, and only by a PTP-associated
 * modifier used as the NCCI Policy Manual (2026, Chapter I §D–§E) allows — lib/claim/ptp-bypass.ts decides,
 * with the modifiers of both lines (an anatomic modifier needs a different site on the other line; 59 and
 * X{EPSU} never on an E&M code, which takes 25).
 */
import { evaluateBypass } from '../claim/ptp-bypass';
import type { ClaimLine } from '../claim/types';
import type { Dataset, ModifierIndicator, SourceRef } from '../dataset/types';
import { type ModifierReport, modifierReport } from './modifier-report';

/** How the modifier fares against one PTP edit of the claim. */
export type PairVerdict = 'bypassed' | 'not-bypassed' | 'never' | 'not-applicable';

/** One PTP edit between the modifier's line and another line of the claim. */
export interface ModifierPair {
  /** 1-based line number of the other line, and its code. */
  line: number;
  code: string;
  column1: string;
  column2: string;
  indicator: ModifierIndicator;
  verdict: PairVerdict;
  /** Why, in plain words. */
  reason: string;
  source: SourceRef;
}

/** Everything the modifier popover shows. */
export interface ModifierView {
  report: ModifierReport;
  /** The line the modifier is on (1-based) and its code; null when the code is not a billed line. */
  on: { line: number; code: string } | null;
  /** PTP edits with the other billed lines, in line order (empty: none, or no claim lines). */
  pairs: ModifierPair[];
  /** The PTP table the pairs come from (always named, so "no pairs" says which table was read). */
  ptpSource: SourceRef;
}

/** What the content script asks: the modifier, and the claim's lines with the modifier's own line. */
export interface ModifierQuestion {
  modifier: string;
  lines?: ClaimLine[];
  lineIndex?: number;
}

/** The verdict on one edit for `mod` on line `a` against line `b`. */
function verdictOf(
  ds: Dataset,
  mod: string,
  a: ClaimLine,
  b: ClaimLine,
  indicator: ModifierIndicator,
): { verdict: PairVerdict; reason: string } {
  if (indicator === 0)
    return {
      verdict: 'never',
      reason: 'Modifier indicator 0: no modifier bypasses this edit; the pair is never paid together.',
    };
  if (indicator === 9) return { verdict: 'not-applicable', reason: 'Modifier indicator 9: the edit does not apply.' };
  const out = evaluateBypass(a, b, ds, 'practitioner');
  if (out.bypassedBy.includes(mod))
    return {
      verdict: 'bypassed',
      reason: `Modifier indicator 1 and ${mod} is used as the manual allows: the edit is bypassed if the record supports it.`,
    };
  const rejected = out.rejected.find((r) => r.modifier === mod);
  const why = rejected
    ? rejected.reason
    : `${mod} is not an NCCI PTP-associated modifier, so it cannot bypass this edit`;
  const others = out.bypassedBy.length > 0 ? ` (bypassed by ${out.bypassedBy.join(', ')} instead)` : '';
  return { verdict: 'not-bypassed', reason: `Modifier indicator 1, but ${why}${others}.` };
}

/**
 * The view of `q.modifier` on line `q.lineIndex` of `q.lines`.
 * @param today ISO date: a Level II modifier terminated before it is shown as terminated.
 */
export function modifierOnClaim(ds: Dataset, q: ModifierQuestion, today: string): ModifierView {
  const report = modifierReport(ds, q.modifier, today);
  const view: ModifierView = { report, on: null, pairs: [], ptpSource: ds.source('ptp') };
  const lines = q.lines;
  if (!lines || q.lineIndex === undefined || !lines[q.lineIndex]) return view;
  const mine = lines[q.lineIndex];
  // The line as the check sees it, with this modifier on it even past the four a line holds.
  const a = mine.modifiers.includes(report.modifier)
    ? mine
    : { ...mine, modifiers: [...mine.modifiers, report.modifier] };
  view.on = { line: q.lineIndex + 1, code: mine.code };
  lines.forEach((b, i) => {
    if (i === q.lineIndex || b.code === mine.code) return;
    const edit = ds.ptpPair(mine.code, b.code);
    if (!edit) return;
    const { verdict, reason } = verdictOf(ds, report.modifier, a, b, edit.modifierIndicator);
    view.pairs.push({
      line: i + 1,
      code: b.code,
      column1: edit.column1,
      column2: edit.column2,
      indicator: edit.modifierIndicator,
      verdict,
      reason,
      source: edit.source,
    });
  });
  return view;
}
