/**
 * An inverted index from words to documents, built once over the search documents.
 *
 * Why not one Fuse instance over all documents: Fuse runs its bitap matcher over every field of
 * every document per keystroke, which measured 150–450 ms per query over the 21,000 codes here
 * (budget: 16 ms p95). Matching query words against the ~11,000 distinct words instead, then
 * adding up postings, keeps Fuse for the fuzzy part (see `term-matcher.ts`) at a small fraction of
 * the cost.
 */
import { tokenize } from './tokenize';
import type { SearchDocument } from './types';

/** Field weights: synonyms and labels are what users type most. */
export const FIELD_WEIGHTS = { synonyms: 3, label: 2, category: 1.5, text: 1 } as const;

/**
 * Postings of one term: documents (ascending) and, per document, a weight: the best field's
 * weight × length norm, plus a quarter of the other fields' (a word found in the label and the
 * synonyms outranks one found in the synonyms alone).
 */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** The built index. */
export interface TermIndex {
  /** Every distinct term, sorted (for prefix lookups). */
  terms: string[];
  /** Postings of `terms[i]`. */
  postings(term: number): Postings;
  /** The laid-out arrays: postings of term `i` are `docs`/`weights` from `start[i]` to `start[i + 1]`. */
  arrays: { start: Int32Array; docs: Int32Array; weights: Float32Array };
}

/** Longer fields count less per word (as Fuse's field norm), but gently: a 1/n^0.35 curve. */
function norm(tokenCount: number): number {
  return 1 / Math.max(1, tokenCount) ** 0.35;
}

const OTHER_FIELD_SHARE = 0.25;

/** Largest weight a posting can have: the word in every field, synonyms best. */
export const MAX_POSTING_WEIGHT =
  FIELD_WEIGHTS.synonyms + OTHER_FIELD_SHARE * (FIELD_WEIGHTS.label + FIELD_WEIGHTS.category + FIELD_WEIGHTS.text);

/** Adds one field's words to `best` / `sum` (a word counts once per field, at the field's weight). */
function addField(best: Map<string, number>, sum: Map<string, number>, fieldBest: Map<string, number>): void {
  for (const [t, w] of fieldBest) {
    const b = best.get(t);
    if (b === undefined || b < w) best.set(t, w);
    sum.set(t, (sum.get(t) ?? 0) + w);
  }
}

/** Term → weight within one field; for synonyms, the best of its entries. */
function fieldTerms(texts: ReadonlyArray<string | undefined>, weight: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) {
    if (!text) continue;
    const words = new Set(tokenize(text));
    const w = weight * norm(words.size);
    for (const t of words) if ((out.get(t) ?? 0) < w) out.set(t, w);
  }
  return out;
}

/** Term → posting weight for one document. `shared` caches fields many documents share (categories, synonym sets). */
function docTerms(d: SearchDocument, shared: Map<string, Map<string, number>>): Map<string, number> {
  const cached = (key: string, make: () => Map<string, number>) => {
    let m = shared.get(key);
    if (!m) {
      m = make();
      shared.set(key, m);
    }
    return m;
  };
  const best = new Map<string, number>();
  const sum = new Map<string, number>();
  // Each synonym is its own short entry, so a code with many synonyms is not penalised.
  const syn = d.synonyms;
  if (syn?.length)
    addField(
      best,
      sum,
      cached(`s\u0000${syn.join('\u0001')}`, () => fieldTerms(syn, FIELD_WEIGHTS.synonyms)),
    );
  addField(best, sum, fieldTerms([d.label], FIELD_WEIGHTS.label));
  const cat = d.category;
  if (cat)
    addField(
      best,
      sum,
      cached(`c\u0000${cat}`, () => fieldTerms([cat], FIELD_WEIGHTS.category)),
    );
  if (d.text) addField(best, sum, fieldTerms([d.text], FIELD_WEIGHTS.text));
  for (const [t, b] of best) best.set(t, b + OTHER_FIELD_SHARE * (sum.get(t)! - b));
  return best;
}

/** Builds the index; documents are referred to by their position in `docs`. */
export function buildTermIndex(docs: readonly SearchDocument[]): TermIndex {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const pTerm: number[] = [];
  const pDoc: number[] = [];
  const pWeight: number[] = [];
  // Many documents share their fields (thousands of CPT codes are labelled by their category), so
  // the term weights of identical field sets are computed once.
  const memo = new Map<string, Map<string, number>>();
  const shared = new Map<string, Map<string, number>>();
  docs.forEach((d, i) => {
    const key = `${d.label}\u0000${d.category ?? ''}\u0000${d.text ?? ''}\u0000${(d.synonyms ?? []).join('\u0001')}`;
    let terms = memo.get(key);
    if (!terms) {
      terms = docTerms(d, shared);
      memo.set(key, terms);
    }
    for (const [t, w] of terms) {
      let id = ids.get(t);
      if (id === undefined) {
        id = names.length;
        ids.set(t, id);
        names.push(t);
      }
      pTerm.push(id);
      pDoc.push(i);
      pWeight.push(w);
    }
  });
  // Sort terms, then lay postings out contiguously per term (a counting sort keeps docs ascending).
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const rankOf = new Int32Array(names.length);
  order.forEach((old, rank) => {
    rankOf[old] = rank;
  });
  const start = new Int32Array(names.length + 1);
  for (const t of pTerm) start[rankOf[t] + 1]++;
  for (let i = 0; i < names.length; i++) start[i + 1] += start[i];
  const fill = start.slice(0, names.length);
  const allDocs = new Int32Array(pTerm.length);
  const allWeights = new Float32Array(pTerm.length);
  for (let k = 0; k < pTerm.length; k++) {
    const at = fill[rankOf[pTerm[k]]]++;
    allDocs[at] = pDoc[k];
    allWeights[at] = pWeight[k];
  }
  return termIndexFromArrays(
    order.map((i) => names[i]),
    start,
    allDocs,
    allWeights,
  );
}

/** A term index over already laid-out arrays (built here or loaded from a prebuilt index). */
export function termIndexFromArrays(
  terms: string[],
  start: Int32Array,
  docs: Int32Array,
  weights: Float32Array,
): TermIndex {
  return {
    terms,
    arrays: { start, docs, weights },
    postings: (term) => ({
      docs: docs.subarray(start[term], start[term + 1]),
      weights: weights.subarray(start[term], start[term + 1]),
    }),
  };
}
