/**
 * How many distinct codes `claimlens lookup` returns a ClaimLens plain-language summary for, each with a dated
 * source. Goes through the same code report and content provider as the CLI and the popover, so it counts what
 * a user sees, not what a file holds.
 */
import type { Dataset } from '../../lib/dataset/types';
import { codeReport, type ContentProvider } from '../../lib/lookup/code-report';
import type { CodeSummary } from '../../lib/editorial/types';

/** The count, per family, and the codes whose report lacks a summary or a dated source. */
export interface SummaryCoverage {
  /** Distinct codes whose report carries a summary with at least one source, every source dated. */
  covered: string[];
  byFamily: Record<string, number>;
  /** Codes of `candidates` whose report has no summary, or a summary without a dated source. */
  missing: string[];
}

const DATED = /^\d{4}-\d{2}(-\d{2})?$/;

/** Looks up each candidate code (e.g. every summarised code) and counts those that come back summarised. */
export function summaryCoverage(ds: Dataset, content: ContentProvider, candidates: readonly string[]): SummaryCoverage {
  const covered: string[] = [];
  const missing: string[] = [];
  const byFamily: Record<string, number> = {};
  for (const code of new Set(candidates)) {
    const s = codeReport(ds, code, { content }).summary as CodeSummary | undefined;
    const dated = !!s?.sources?.length && s.sources.every((src) => src.title && src.url && DATED.test(src.date));
    if (!s || !dated) {
      missing.push(code);
      continue;
    }
    covered.push(code);
    byFamily[s.family] = (byFamily[s.family] ?? 0) + 1;
  }
  return { covered: covered.sort(), byFamily, missing };
}
