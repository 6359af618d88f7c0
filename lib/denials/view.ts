/**
 * A plain, serialisable view of one adjustment or remark code for the UI (popup and page popover):
 * the group's meaning, our explanation, its sources with dates and the official list, or "no
 * explanation bundled" with the official list's link.
 */
import type { DenialCause } from './cause';
import { explainGroup, explainReason, explainRemark, NO_EXPLANATION, sourceById } from './explanations';
import type { Appealable, ExplanationSource, GroupExplanation } from './types';

// In its own module so the page popover's details view does not bundle the explanations.
export { APPEALABLE_TEXT } from './appealable';

/** What the details view shows for one code. */
export interface AdjustmentView {
  kind: 'carc' | 'rarc';
  code: string;
  /** "CO-97", "CARC 97", "RARC N362". */
  display: string;
  group?: GroupExplanation;
  explanation?: {
    label: string;
    meaning: string;
    causes: string[];
    actions: string[];
    appealable?: Appealable;
  };
  /** Shown when nothing is bundled for the code. */
  noExplanation?: string;
  sources: ExplanationSource[];
  officialList: ExplanationSource;
  /** True when the advice rests on general billing practice only. */
  generalGuidance: boolean;
  /** Remark codes shown with a reason code on the same line (page rows), each with its label. */
  remarks?: { code: string; label: string }[];
  /** The likely cause found among the claim's codes, when the caller ran the claim check. */
  cause?: DenialCause | null;
}

/** The view of a reason code (with its group when known) or a remark code. */
export function adjustmentView(kind: 'carc' | 'rarc', code: string, group?: string): AdjustmentView {
  const r = kind === 'carc' ? explainReason(code) : explainRemark(code);
  const g = kind === 'carc' && group ? explainGroup(group) : undefined;
  const display = kind === 'rarc' ? `RARC ${r.code}` : g ? `${g.code}-${r.code}` : `CARC ${r.code}`;
  const e = r.explanation;
  return {
    kind,
    code: r.code,
    display,
    ...(g ? { group: g } : {}),
    ...(e
      ? {
          explanation: {
            label: e.label,
            meaning: e.meaning,
            causes: e.causes,
            actions: e.actions,
            ...(e.appealable ? { appealable: e.appealable } : {}),
          },
        }
      : { noExplanation: NO_EXPLANATION }),
    sources: r.sources,
    officialList: r.officialList,
    generalGuidance: r.generalGuidance,
  };
}

/** The group's sources (for a view that shows the group). */
export function groupSources(g: GroupExplanation): ExplanationSource[] {
  return g.sources.map(sourceById);
}
