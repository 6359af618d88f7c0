/**
 * The search engine behind the popup and `claimlens search`: built once, then each keystroke is
 * an exact/prefix code lookup (code-like queries) or a word search over an inverted index with
 * fuse.js-scored typo matching — never a rebuild, never a scan of every document.
 */
import { CodePrefixIndex, isCodeLike, normalizeCodeQuery } from './code-prefix';
import { Ranker } from './rank';
import { buildTermIndex } from './term-index';
import { TermMatcher } from './term-matcher';
import { queryWords } from './tokenize';
import { DEFAULT_RESULT_LIMIT, MAX_QUERY_LENGTH, type SearchDocument, type SearchResult } from './types';

/** A built search engine. */
export interface SearchEngine {
  /** Ranked results for `query`: code hits first, then word hits. Empty for an empty or over-long query. */
  search(query: string, limit?: number): SearchResult[];
  /** Number of documents indexed. */
  readonly size: number;
}

/** Scores of the code fast path; word hits are scaled below both. */
const EXACT_SCORE = 1;
const PREFIX_SCORE = 0.9;
const WORD_CEILING = 0.8;

/**
 * Per-document score factors for word matches. On equal matches, Category I and HCPCS codes rank
 * before Category III and PLA codes (temporary tracking and single-lab codes are rarely what a word
 * search means), and active codes before terminated ones.
 */
function docFactors(docs: readonly SearchDocument[]): Float32Array {
  return Float32Array.from(docs, (d) => (/^\d{4}[TU]$/.test(d.code) ? 0.97 : 1) * (d.terminated ? 0.9 : 1));
}

/** Builds the engine over `docs` (tens of milliseconds for the full dataset; do it once). */
export function createSearchEngine(docs: readonly SearchDocument[]): SearchEngine {
  const byCode = new Map(docs.map((d) => [d.code, d]));
  const codes = new CodePrefixIndex(byCode.keys());
  const index = buildTermIndex(docs);
  const ranker = new Ranker(index, new TermMatcher(index.terms), docFactors(docs));

  const hit = (code: string, score: number): SearchResult => ({ code, label: byCode.get(code)!.label, score });

  return {
    size: docs.length,
    search(query, limit = DEFAULT_RESULT_LIMIT) {
      const q = query.trim();
      if (q === '' || q.length > MAX_QUERY_LENGTH || limit <= 0) return [];
      const norm = normalizeCodeQuery(q);
      if (isCodeLike(norm)) {
        const hits = codes.withPrefix(norm, limit).map((c) => hit(c, c === norm ? EXACT_SCORE : PREFIX_SCORE));
        if (hits.length > 0) return hits;
      }
      // A whole code typed among words ("64634 facet") still ranks that code first.
      const exact = [...new Set(q.toUpperCase().split(/[\s,;+]+/))].filter((t) => t.length === 5 && codes.has(t));
      const results = exact.map((c) => hit(c, EXACT_SCORE));
      const seen = new Set(exact);
      const words = queryWords(q);
      if (words.length === 0) return results;
      for (const r of ranker.rank(words, limit + results.length)) {
        if (results.length >= limit) break;
        const code = docs[r.doc].code;
        if (seen.has(code)) continue;
        seen.add(code);
        results.push(hit(code, Math.max(0.001, Math.round(r.score * WORD_CEILING * 1000) / 1000)));
      }
      return results;
    },
  };
}
