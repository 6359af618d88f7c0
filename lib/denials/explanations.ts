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
import { normalizeReason, normalizeRemark } from './code-shapes';

// The shapes live in their own module so the content script finds codes without bundling the explanations.
export { CARC_SHAPE, GROUP_CODES, normalizeReason, normalizeRemark, RARC_SHAPE } from './code-shapes';

/** The bundled file (typed). */
export const ADJUSTMENT_CODES = data as AdjustmentCodesFile;

const CARC = new Map(ADJUSTMENT_CODES.carc.map((e) => [e.code, e]));
const RARC = new Map(ADJUSTMENT_CODES.rarc.map((e) => [e.code, e]));
const GROUPS = new Map(ADJUSTMENT_CODES.groups.map((g) => [g.code, g]));

/** Text shown for a code with no bundled explanation. */
export const NO_EXPLANATION = 'No explanation bundled for this code; see the official list.';

/** A source by id; throws for an unknown id (the validator guarantees every id resolves). */
export function sourceById(id: string): ExplanationSource {
  const s = ADJUSTMENT_CODES.sources[id];
  if (!s) throw new Error(`unknown explanation source ${id}`);
  return s;
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
