/**
 * Lookups over the bundled denial-code explanations: reason codes (CARC), remark codes (RARC) and
 * group codes. A code without an explanation still gets the official list's link, never silence.
 */
import data from '../../data/content/adjustment-codes.json';
import type {
  AdjustmentCodesFile,
  CodeExplanation,
  ExplanationSource,
  GroupCode,
  GroupExplanation,
  ResolvedExplanation,
} from './types';

/** The bundled file (typed). */
export const ADJUSTMENT_CODES = data as AdjustmentCodesFile;

const CARC = new Map(ADJUSTMENT_CODES.carc.map((e) => [e.code, e]));
const RARC = new Map(ADJUSTMENT_CODES.rarc.map((e) => [e.code, e]));
const GROUPS = new Map(ADJUSTMENT_CODES.groups.map((g) => [g.code, g]));

/** Shape of a reason code: 1–3 digits without leading zero, or a letter and 1–2 digits (B15, A1, P1). */
export const CARC_SHAPE = /^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/;
/** Shape of a remark code: M or N and 1–4 digits without a leading zero, or MA and 2–3 digits (MA01, MA130). */
export const RARC_SHAPE = /^(?:MA\d{2,3}|M[1-9]\d{0,3}|N[1-9]\d{0,3})$/;
/** The five group codes. */
export const GROUP_CODES: readonly GroupCode[] = ['CO', 'PR', 'OA', 'PI', 'CR'];

/** Text shown for a code with no bundled explanation. */
export const NO_EXPLANATION = 'No explanation bundled for this code; see the official list.';

/** A source by id; throws for an unknown id (the validator guarantees every id resolves). */
export function sourceById(id: string): ExplanationSource {
  const s = ADJUSTMENT_CODES.sources[id];
  if (!s) throw new Error(`unknown explanation source ${id}`);
  return s;
}

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

function resolve(kind: 'carc' | 'rarc', code: string, e: CodeExplanation | undefined): ResolvedExplanation {
  const officialList = sourceById(ADJUSTMENT_CODES.officialLists[kind]);
  if (!e) return { kind, code, sources: [], officialList, generalGuidance: true };
  return {
    kind,
    code,
    explanation: e,
    sources: e.sources.map(sourceById),
    officialList,
    generalGuidance: e.sources.length === 1,
  };
}

/** Explanation of a reason code (CARC); `explanation` is absent when none is bundled. */
export function explainReason(code: string): ResolvedExplanation {
  const c = normalizeReason(code) ?? code.trim().toUpperCase();
  return resolve('carc', c, CARC.get(c));
}

/** Explanation of a remark code (RARC); `explanation` is absent when none is bundled. */
export function explainRemark(code: string): ResolvedExplanation {
  const c = normalizeRemark(code) ?? code.trim().toUpperCase();
  return resolve('rarc', c, RARC.get(c));
}

/** What a group code means (who carries the amount), or undefined for an unknown group. */
export function explainGroup(code: string): GroupExplanation | undefined {
  return GROUPS.get(code.trim().toUpperCase() as GroupCode);
}

/** One-line meaning of a group + reason pair, in our words ("Contractual obligation: Paid as part of …"). */
export function adjustmentMeaning(group: string, reason: string): string {
  const g = explainGroup(group);
  const r = explainReason(reason);
  const head = g ? `${g.code} (${g.label.toLowerCase()})` : group;
  return `${head}: ${r.explanation ? r.explanation.label : NO_EXPLANATION}`;
}

/** Every explained reason and remark code (for search indexes). */
export function allExplanations(): { kind: 'carc' | 'rarc'; entry: CodeExplanation }[] {
  return [
    ...ADJUSTMENT_CODES.carc.map((entry) => ({ kind: 'carc' as const, entry })),
    ...ADJUSTMENT_CODES.rarc.map((entry) => ({ kind: 'rarc' as const, entry })),
  ];
}
