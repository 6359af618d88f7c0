/**
 * Shapes of adjustment reason (CARC), remark (RARC) and group codes, and their canonical forms. Kept apart
 * from the explanations (lib/denials/explanations.ts) so the content script can find codes on a page without
 * bundling the explanation texts (docs/performance.md: content-script size).
 */
import type { GroupCode } from './types';

/** Shape of a reason code: 1–3 digits without leading zero, or a letter and 1–2 digits (B15, A1, P1). */
export const CARC_SHAPE = /^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/;
/** Shape of a remark code: M or N and 1–4 digits without a leading zero, or MA and 2–3 digits (MA01, MA130). */
export const RARC_SHAPE = /^(?:MA\d{2,3}|M[1-9]\d{0,3}|N[1-9]\d{0,3})$/;
/** The five group codes. */
export const GROUP_CODES: readonly GroupCode[] = ['CO', 'PR', 'OA', 'PI', 'CR'];

/** Canonical reason code ("097" → "97", "b15" → "B15"), or null when it is not shaped like one. */
export function normalizeReason(code: string): string | null {
  const c = code
    .trim()
    .toUpperCase()
    .replace(/^([A-Z]?)0+(?=\d)/, '$1');
  return CARC_SHAPE.test(c) ? c : null;
}

/** Canonical remark code ("n362" → "N362"), or null. */
export function normalizeRemark(code: string): string | null {
  const c = code.trim().toUpperCase();
  return RARC_SHAPE.test(c) ? c : null;
}
