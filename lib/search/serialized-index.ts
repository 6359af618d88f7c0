/**
 * A prebuilt search index as plain JSON, so the extension can load the word index instead of
 * building it when the popup opens (see `scripts/build-search-index.ts` for the measured trade-off).
 * Documents travel with the postings, so a prebuilt index can never describe other documents.
 */
import { buildTermIndex, termIndexFromArrays, type TermIndex } from './term-index';
import type { SearchDocument } from './types';

/** Format id of {@link SerializedSearchIndex}. */
export const SEARCH_INDEX_FORMAT = 'claimlens-search-index';
/** Layout version of {@link SerializedSearchIndex}; a loader rejects any other. */
export const SEARCH_INDEX_VERSION = 1;

/** Weights are stored as integers in thousandths (ranking only needs three digits). */
const WEIGHT_SCALE = 1000;

/** The JSON form. Postings' document numbers are delta-encoded per term (small numbers, short JSON). */
export interface SerializedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  /** `[code, label, terminated?]` per document, in index order. */
  docs: Array<[string, string] | [string, string, 1]>;
  terms: string[];
  start: number[];
  postingDocs: number[];
  postingWeights: number[];
}

/** Serialises the documents and their word index. */
export function serializeSearchIndex(docs: readonly SearchDocument[]): SerializedSearchIndex {
  const index = buildTermIndex(docs);
  const { start, docs: pd, weights } = index.arrays;
  const postingDocs: number[] = new Array(pd.length);
  for (let t = 0; t < index.terms.length; t++) {
    let prev = 0;
    for (let k = start[t]; k < start[t + 1]; k++) {
      postingDocs[k] = pd[k] - prev;
      prev = pd[k];
    }
  }
  return {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    docs: docs.map((d) => (d.terminated ? [d.code, d.label, 1] : [d.code, d.label])),
    terms: index.terms,
    start: Array.from(start),
    postingDocs,
    postingWeights: Array.from(weights, (w) => Math.round(w * WEIGHT_SCALE)),
  };
}

/**
 * Reads a serialised index back. Returns `undefined` for anything malformed or of another format
 * or version, so callers fall back to building from the dataset.
 */
export function loadSerializedIndex(raw: unknown): { docs: SearchDocument[]; index: TermIndex } | undefined {
  const s = raw as Partial<SerializedSearchIndex> | null;
  if (!s || s.format !== SEARCH_INDEX_FORMAT || s.version !== SEARCH_INDEX_VERSION) return undefined;
  const { docs, terms, start, postingDocs, postingWeights } = s;
  if (
    !Array.isArray(docs) ||
    !Array.isArray(terms) ||
    !Array.isArray(start) ||
    !Array.isArray(postingDocs) ||
    !Array.isArray(postingWeights)
  )
    return undefined;
  if (
    start.length !== terms.length + 1 ||
    postingDocs.length !== postingWeights.length ||
    start[terms.length] !== postingDocs.length
  )
    return undefined;
  const startArr = Int32Array.from(start);
  const docArr = new Int32Array(postingDocs.length);
  for (let t = 0; t < terms.length; t++) {
    let acc = 0;
    for (let k = startArr[t]; k < startArr[t + 1]; k++) {
      acc += postingDocs[k];
      if (acc < 0 || acc >= docs.length) return undefined;
      docArr[k] = acc;
    }
  }
  const weightArr = Float32Array.from(postingWeights, (w) => w / WEIGHT_SCALE);
  const searchDocs = docs.map(([code, label, terminated]) =>
    terminated ? { code, label, terminated: true } : { code, label },
  );
  return { docs: searchDocs, index: termIndexFromArrays(terms, startArr, docArr, weightArr) };
}
