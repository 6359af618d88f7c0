/**
 * Adapts the project's bundled content (lib/content: plain-language summaries, categories and
 * search synonyms) to the {@link SearchContent} interface the document builder takes.
 */
import { categoryOf } from '../content/categories';
import { parseCodeSpec, inRange } from '../content/code-ranges';
import { summaryOf } from '../content/summaries';
import { SYNONYMS } from '../content/synonyms';
import type { SearchContent } from './types';

/**
 * Search content over the bundled files. Synonym entries name code ranges ("64633-64636");
 * they are expanded against `codes` (the dataset's code list) into a code → terms map.
 */
export function bundledSearchContent(codes: readonly string[]): SearchContent {
  const synonyms: Record<string, string[]> = {};
  for (const entry of SYNONYMS.synonyms) {
    for (const spec of entry.codes) {
      const range = parseCodeSpec(spec);
      if (!range) continue;
      for (const code of codes) {
        if (!inRange(code, range.from, range.to)) continue;
        const list = Object.hasOwn(synonyms, code) ? synonyms[code] : (synonyms[code] = []);
        for (const t of entry.terms) if (!list.includes(t)) list.push(t);
      }
    }
  }
  return {
    summaryOf: (code) => summaryOf(code)?.summary,
    categoryOf,
    synonyms,
  };
}
