/** The Fuse configuration used to score fuzzy word matches (see `term-matcher.ts`). */
import type { IFuseOptions } from 'fuse.js';

/** Fuse options for matching one query word against candidate vocabulary terms. */
export const FUSE_TERM_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  // A typo'd word may match inside a longer term ("radiofrek" in "radiofrequency").
  ignoreLocation: true,
  // 0.34 lets a 6-letter word carry two typos ("facett" → "facet") while keeping unrelated words out.
  threshold: 0.34,
  // Whole-term similarity, not field length, decides (the terms are single words).
  ignoreFieldNorm: true,
};
