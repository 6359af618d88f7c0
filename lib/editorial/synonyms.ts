/**
 * Search synonyms (data/content/synonyms.json): common billing words → codes, for the popup search.
 */
import synonymsJson from '../../data/content/synonyms.json';
import type { Synonym, SynonymsFile } from './types';

/** The synonyms file as bundled. */
export const SYNONYMS = synonymsJson as unknown as SynonymsFile;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Synonym entries one of whose terms equals the query (case- and space-insensitive). */
export function synonymsFor(query: string): Synonym[] {
  const q = norm(query);
  if (!q) return [];
  return SYNONYMS.synonyms.filter((s) => s.terms.some((t) => norm(t) === q));
}
