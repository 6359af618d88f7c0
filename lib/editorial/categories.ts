/**
 * Project-written categories for every CPT and HCPCS Level II code, from a table of inclusive
 * code ranges (data/content/categories.json), so a code without a summary still gets a line.
 */
import categoriesJson from '../../data/content/categories.json';
import { inRange } from './code-ranges';
import type { CategoriesFile, CategoryRange } from './types';

/** The category table as bundled. */
export const CATEGORIES = categoriesJson as unknown as CategoriesFile;

/** Every range that contains `code` (exactly one for a well-formed table). */
export function categoryRangesOf(code: string, ranges: readonly CategoryRange[] = CATEGORIES.ranges): CategoryRange[] {
  return ranges.filter((r) => inRange(code, r.from, r.to));
}

/** The category name for a code, or undefined for anything that is not a CPT/HCPCS code shape. */
export function categoryOf(code: string): string | undefined {
  return categoryRangesOf(code)[0]?.category;
}
