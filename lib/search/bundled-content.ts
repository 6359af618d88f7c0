/**
 * Adapts the project's bundled content (lib/editorial: plain-language summaries, categories and
 * search synonyms) to the {@link SearchContent} interface the document builder takes.
 *
 * Categories and synonyms are both tables of code ranges. Asking `categoryOf` for each of the
 * ~21,000 codes tests every range per code (about half a second here), so this adapter walks each
 * range once over the sorted code list instead, with the same result: `inRange` decides
 * membership and the first matching range wins, as in `categoryOf`.
 */
import { CATEGORIES } from '../editorial/categories';
import { inRange, parseCodeSpec } from '../editorial/code-ranges';
import { summaryOf } from '../editorial/summaries';
import { SYNONYMS } from '../editorial/synonyms';
import type { SearchContent } from './types';

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Codes of `sorted` inside the inclusive range, by the content tables' own `inRange` rule. */
function* codesIn(sorted: readonly string[], from: string, to: string): Generator<string> {
  for (let i = lowerBound(sorted, from); i < sorted.length && sorted[i] <= to; i++) {
    if (inRange(sorted[i], from, to)) yield sorted[i];
  }
}

/** Search content over the bundled files, for the codes in `codes` (the dataset's code list). */
export function bundledSearchContent(codes: readonly string[]): SearchContent {
  const sorted = [...codes].sort();
  const categories = new Map<string, string>();
  for (const r of CATEGORIES.ranges) {
    for (const code of codesIn(sorted, r.from, r.to)) if (!categories.has(code)) categories.set(code, r.category);
  }
  const synonyms: Record<string, string[]> = {};
  for (const entry of SYNONYMS.synonyms) {
    for (const spec of entry.codes) {
      const range = parseCodeSpec(spec);
      if (!range) continue;
      for (const code of codesIn(sorted, range.from, range.to)) {
        if (!Object.hasOwn(synonyms, code)) synonyms[code] = [];
        const list = synonyms[code];
        for (const t of entry.terms) if (!list.includes(t)) list.push(t);
      }
    }
  }
  return {
    summaryOf: (code) => summaryOf(code)?.summary,
    categoryOf: (code) => categories.get(code),
    synonyms,
  };
}
