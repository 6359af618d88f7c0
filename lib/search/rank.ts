/**
 * Scores documents for a word query: each word contributes its best match in a document
 * (term match quality × field weight × length norm); documents matching every word come first,
 * and when none does, those matching the most words.
 */
import type { TermIndex } from './term-index';
import { MAX_POSTING_WEIGHT } from './term-index';
import type { TermMatcher } from './term-matcher';

/** A ranked document (by position in the document list) with its relevance in (0, 1]. */
export interface RankedDoc {
  doc: number;
  score: number;
}

/** Reusable scorer (its buffers are allocated once per engine, not per keystroke). */
export class Ranker {
  private readonly best: Float32Array;
  private readonly total: Float32Array;
  private readonly count: Uint8Array;

  /** `docFactor[d]` scales document `d`'s score (1 = neutral; see `docFactors` in `engine.ts`). */
  constructor(
    private readonly index: TermIndex,
    private readonly matcher: TermMatcher,
    private readonly docFactor: Float32Array,
  ) {
    this.best = new Float32Array(docFactor.length);
    this.total = new Float32Array(docFactor.length);
    this.count = new Uint8Array(docFactor.length);
  }

  /** The top `limit` documents for `words` (already tokenised query words). */
  rank(words: readonly string[], limit: number): RankedDoc[] {
    const { best, total, count } = this;
    const hitDocs: number[] = [];
    // Only the last word may be unfinished, but any word may be a stem ("radiofreq").
    words.forEach((word, w) => {
      const touched: number[] = [];
      const allowPrefix = word.length >= 2 || words.length === 1;
      for (const { term, quality } of this.matcher.match(word, allowPrefix || w === words.length - 1)) {
        const { docs, weights } = this.index.postings(term);
        for (let k = 0; k < docs.length; k++) {
          const d = docs[k];
          const s = quality * weights[k];
          if (s > best[d]) {
            if (best[d] === 0) touched.push(d);
            best[d] = s;
          }
        }
      }
      for (const d of touched) {
        if (count[d] === 0) hitDocs.push(d);
        total[d] += best[d];
        count[d]++;
        best[d] = 0;
      }
    });
    let most = 0;
    for (const d of hitDocs) if (count[d] > most) most = count[d];
    const out: RankedDoc[] = [];
    for (const d of hitDocs) {
      if (count[d] === most)
        out.push({ doc: d, score: Math.min(1, (this.docFactor[d] * total[d]) / (words.length * MAX_POSTING_WEIGHT)) });
      total[d] = 0;
      count[d] = 0;
    }
    out.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return out.slice(0, limit);
  }
}
