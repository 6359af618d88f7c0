/**
 * Matches one query word against the index's vocabulary: exact, prefix (typing in progress,
 * "radiofreq" → "radiofrequency") and fuzzy (typos, "facett" → "facet") — the fuzzy part scored
 * by fuse.js over a small candidate set picked by shared letter pairs.
 */
import Fuse from 'fuse.js';
import { FUSE_TERM_OPTIONS } from './fuse-options';

/** A vocabulary term matched by a query word, with a match quality in (0, 1]. */
export interface TermMatch {
  term: number;
  quality: number;
}

/** Most prefix completions considered per word (shortest first): enough for any real query. */
const MAX_PREFIX_TERMS = 300;
/** Words shorter than this get no fuzzy matching (too many accidental near-misses). */
const MIN_FUZZY_LENGTH = 4;

function bigrams(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/** Vocabulary matcher over a sorted term list. */
export class TermMatcher {
  private readonly bigramTerms = new Map<string, number[]>();
  private readonly shared: Uint16Array;

  constructor(private readonly terms: readonly string[]) {
    this.shared = new Uint16Array(terms.length);
    terms.forEach((t, id) => {
      if (t.length < MIN_FUZZY_LENGTH - 1 || /^\d+$/.test(t)) return;
      for (const b of new Set(bigrams(t))) {
        const list = this.bigramTerms.get(b);
        if (list) list.push(id);
        else this.bigramTerms.set(b, [id]);
      }
    });
  }

  /** Terms matching `word`, best first within each kind (exact, prefix, fuzzy). */
  match(word: string, allowPrefix: boolean): TermMatch[] {
    const out: TermMatch[] = [];
    const seen = new Set<number>();
    const lo = this.lowerBound(word);
    if (this.terms[lo] === word) {
      out.push({ term: lo, quality: 1 });
      seen.add(lo);
    }
    const numeric = /^\d+$/.test(word);
    if (allowPrefix && !numeric) {
      const found: number[] = [];
      for (let i = lo; i < this.terms.length && this.terms[i].startsWith(word); i++) if (!seen.has(i)) found.push(i);
      found.sort((a, b) => this.terms[a].length - this.terms[b].length);
      for (const id of found.slice(0, MAX_PREFIX_TERMS)) {
        out.push({ term: id, quality: 0.6 + 0.3 * (word.length / this.terms[id].length) });
        seen.add(id);
      }
    }
    if (word.length >= MIN_FUZZY_LENGTH && !numeric) for (const m of this.fuzzy(word, seen)) out.push(m);
    return out;
  }

  /** Candidates sharing at least half the word's letter pairs, scored by Fuse. */
  private fuzzy(word: string, skip: Set<number>): TermMatch[] {
    const grams = [...new Set(bigrams(word))];
    const need = Math.max(2, Math.ceil(grams.length / 2));
    const touched: number[] = [];
    for (const g of grams) {
      for (const id of this.bigramTerms.get(g) ?? []) {
        if (this.shared[id]++ === 0) touched.push(id);
      }
    }
    const candidates: number[] = [];
    for (const id of touched) {
      if (this.shared[id] >= need && !skip.has(id) && this.terms[id].length >= word.length - 2) candidates.push(id);
      this.shared[id] = 0;
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map((id) => this.terms[id]),
      FUSE_TERM_OPTIONS,
    );
    return fuse.search(word).map((r) => ({ term: candidates[r.refIndex], quality: 0.7 * (1 - (r.score ?? 1)) }));
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
