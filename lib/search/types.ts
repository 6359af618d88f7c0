/** Shapes shared by the search index, its document builder and its callers (popup, CLI). */

/** One searchable code. Built once from the dataset (see `build-documents.ts`). */
export interface SearchDocument {
  code: string;
  /** What a result row shows beside the code. Never CPT descriptor text. */
  label: string;
  /** Further searchable text: HCPCS short descriptor, imported licensed descriptor, summary. */
  text?: string;
  category?: string;
  /** Common names users type ("RFA", "medial branch block"). */
  synonyms?: string[];
  /** True when the code is terminated (it still appears, ranked after active codes). */
  terminated?: boolean;
}

/** One ranked hit. `score` is relevance in (0, 1], higher is better: 1 exact code, 0.9 code prefix, ≤ 0.8 word match. */
export interface SearchResult {
  code: string;
  label: string;
  score: number;
  /** Set for denial codes (lib/search/adjustment-search.ts): a reason (CARC) or remark (RARC) code. */
  kind?: 'carc' | 'rarc';
  /** How the row shows the code when it differs from `code` ("CO-97", "RARC N362"). */
  display?: string;
}

/**
 * The project-written content search draws on (plain-language summaries, categories, synonyms).
 * Optional: without it CPT codes are labelled by category or "CPT code".
 */
export interface SearchContent {
  /** Plain-language summary written by this project, if any. */
  summaryOf(code: string): string | undefined;
  categoryOf(code: string): string | undefined;
  /** Code → synonyms users may type. */
  synonyms: Record<string, string[]>;
}

/** Longest query accepted; anything longer is not a search (the CLI reports it as an error). */
export const MAX_QUERY_LENGTH = 100;
/** Results returned when the caller does not say. */
export const DEFAULT_RESULT_LIMIT = 20;
