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
}

/** Longer fields count less per word (as Fuse's field norm), but gently: a 1/n^0.35 curve. */
function norm(tokenCount: number): number {
  return 1 / Math.pow(Math.max(1, tokenCount), 0.35);
}

const OTHER_FIELD_SHARE = 0.25;

/** Largest weight a posting can have: the word in every field, synonyms best. */
export const MAX_POSTING_WEIGHT = FIELD_WEIGHTS.synonyms
  + OTHER_FIELD_SHARE * (FIELD_WEIGHTS.label + FIELD_WEIGHTS.category + FIELD_WEIGHTS.text);

/** Term → weight within one field (for synonyms, the best of its entries). */
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

/** Term → posting weight for one document. */
function docTerms(d: SearchDocument): Map<string, number> {
  const fields = [
    // Each synonym is its own short entry, so a code with many synonyms is not penalised.
    fieldTerms(d.synonyms ?? [], FIELD_WEIGHTS.synonyms),
    fieldTerms([d.label], FIELD_WEIGHTS.label),
    fieldTerms([d.category], FIELD_WEIGHTS.category),
    fieldTerms([d.text], FIELD_WEIGHTS.text),
  ];
  const best = new Map<string, number>();
  const sum = new Map<string, number>();
  for (const f of fields) {
    for (const [t, w] of f) {
      if ((best.get(t) ?? 0) < w) best.set(t, w);
      sum.set(t, (sum.get(t) ?? 0) + w);
    }
  }
  const out = new Map<string, number>();
  for (const [t, b] of best) out.set(t, b + OTHER_FIELD_SHARE * (sum.get(t)! - b));
  return out;
}

/** Builds the index; documents are referred to by their position in `docs`. */
export function buildTermIndex(docs: readonly SearchDocument[]): TermIndex {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const pTerm: number[] = [];
  const pDoc: number[] = [];
  const pWeight: number[] = [];
  docs.forEach((d, i) => {
    for (const [t, w] of docTerms(d)) {
      let id = ids.get(t);
      if (id === undefined) { id = names.length; ids.set(t, id); names.push(t); }
      pTerm.push(id); pDoc.push(i); pWeight.push(w);
    }
  });
  // Sort terms, then lay postings out contiguously per term (a counting sort keeps docs ascending).
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const rankOf = new Int32Array(names.length);
  order.forEach((old, rank) => { rankOf[old] = rank; });
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
  return {
    terms: order.map((i) => names[i]),
    postings: (term) => ({
      docs: allDocs.subarray(start[term], start[term + 1]),
      weights: allWeights.subarray(start[term], start[term + 1]),
    }),
  };
}
