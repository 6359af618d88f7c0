/**
 * The search engine behind the popup and `claimlens search`: built once, then each keystroke is
 * an exact/prefix code lookup (code-like queries) or a word search over an inverted index with
 * fuse.js-scored typo matching — never a rebuild, never a scan of every document.
 */
import { type CodeCategory, categoryOf } from '../codes';
import { CodePrefixIndex, isCodeLike, normalizeCodeQuery } from './code-prefix';
import { Ranker } from './rank';
import { loadSerializedIndex } from './serialized-index';
import { buildTermIndex, type TermIndex } from './term-index';
import { TermMatcher } from './term-matcher';
import { queryWords } from './tokenize';
import { DEFAULT_RESULT_LIMIT, MAX_QUERY_LENGTH, type SearchDocument, type SearchResult } from './types';

/** A built search engine. */
export interface SearchEngine {
  /** Ranked results for `query`: code hits first, then word hits. Empty for an empty or over-long query. */
  search(query: string, limit?: number): SearchResult[];
  /** Number of documents indexed. */
  readonly size: number;
  /**
   * Builds the word index now. It is otherwise built on the first word query, so a popup that
   * opens for a code lookup never pays for it; call this from an idle callback to pre-empt it.
   */
  warm(): void;
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
const RARELY_MEANT: ReadonlySet<CodeCategory> = new Set(['III', 'PLA']);

function docFactors(docs: readonly SearchDocument[]): Float32Array {
  return Float32Array.from(docs, (d) => (RARELY_MEANT.has(categoryOf(d.code)) ? 0.97 : 1) * (d.terminated ? 0.9 : 1));
}

/**
 * Builds the engine over `docs`. The code index is built at once (milliseconds); the word index
 * is taken from `options.index` (a prebuilt index over the same documents) or built on first use.
 */
export function createSearchEngine(docs: readonly SearchDocument[], options: { index?: TermIndex } = {}): SearchEngine {
  const byCode = new Map(docs.map((d) => [d.code, d]));
  const codes = new CodePrefixIndex(byCode.keys());
  let ranker: Ranker | undefined;
  const words = () => {
    if (!ranker) {
      const index = options.index ?? buildTermIndex(docs);
      ranker = new Ranker(index, new TermMatcher(index.terms), docFactors(docs));
    }
    return ranker;
  };

  const hit = (code: string, score: number): SearchResult => ({ code, label: byCode.get(code)!.label, score });

  return {
    size: docs.length,
    warm: () => {
      words();
    },
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
      const qWords = queryWords(q);
      if (qWords.length === 0) return results;
      for (const r of words().rank(qWords, limit + results.length)) {
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

/**
 * An engine over a prebuilt index (from `serializeSearchIndex`), or `undefined` when `raw` is not
 * a valid index of the current format — callers then build from the dataset instead.
 */
export function createSearchEngineFromIndex(raw: unknown): SearchEngine | undefined {
  const loaded = loadSerializedIndex(raw);
  return loaded && createSearchEngine(loaded.docs, { index: loaded.index });
}
