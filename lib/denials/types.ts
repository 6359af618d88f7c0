/**
 * Shapes of the bundled denial-code explanations (data/content/adjustment-codes.json): claim
 * adjustment group codes, reason codes (CARC) and remark codes (RARC), each explained in ClaimLens's
 * own words with its sources. The official X12 wording is never stored (docs/content.md).
 */

/** Claim adjustment group codes: who carries the adjusted amount. */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

/** Whether a denial under this reason is typically worth appealing. */
export type Appealable = 'yes' | 'sometimes' | 'rarely' | 'no' | 'resubmit' | 'not-applicable';

/** The claim-check finding a reason or remark code can be tied to (lib/denials/cause.ts). */
export type LinkedRule = 'ptp-pair' | 'addon-without-primary' | 'mue-exceeded' | 'terminated-code' | 'modifier';

/** Where an explanation's facts come from. */
export interface ExplanationSource {
  title: string;
  url: string;
  publisher: string;
  /** P: read in the X12 list or the payer's/CMS/MAC's own page; S: secondary summary. */
  evidence: 'P' | 'S';
  /** Date printed on the page (last updated), when it shows one. */
  documentDate?: string;
  /** ISO date the source was last checked. */
  dateChecked: string;
  /** `content-review`: the cited page was read that day; `official-list`: the link to the official X12 list. */
  checkedBy: 'content-review' | 'official-list';
}

/** One group code explained. */
export interface GroupExplanation {
  code: GroupCode;
  label: string;
  meaning: string;
  whoPays: 'provider' | 'patient' | 'depends';
  sources: string[];
}

/** One reason or remark code explained in the project's own words. */
export interface CodeExplanation {
  code: string;
  /** Short label, our wording (2–10 words). */
  label: string;
  /** What it means, our wording. */
  meaning: string;
  /** What usually causes it. */
  causes: string[];
  /** What to do. */
  actions: string[];
  /** CARC only: whether typically appealable. */
  appealable?: Appealable;
  /** CARC only: the group it usually comes with. */
  usualGroup?: GroupCode;
  /** The claim-check finding that can explain it. */
  linksTo?: LinkedRule;
  /** Search words ("bundled", "units exceed"). */
  terms: string[];
  /** Ids into the file's `sources`; the first is always the official list. */
  sources: string[];
}

/** `data/content/adjustment-codes.json`. */
export interface AdjustmentCodesFile {
  schemaVersion: 1;
  kind: 'claimlens-explanation';
  disclaimer: string;
  writtenOn: string;
  officialLists: { carc: string; rarc: string; group: string };
  sources: Record<string, ExplanationSource>;
  groups: GroupExplanation[];
  carc: CodeExplanation[];
  rarc: CodeExplanation[];
}

/** What a lookup returns: the explanation with its sources resolved, or only the official list's link. */
export interface ResolvedExplanation {
  kind: 'carc' | 'rarc';
  code: string;
  /** Absent when no explanation is bundled for this code. */
  explanation?: CodeExplanation;
  /** Resolved sources (empty when nothing is bundled). */
  sources: ExplanationSource[];
  /** The official list: always present, so "no explanation bundled" still links to it. */
  officialList: ExplanationSource;
  /** True when the what-to-do advice rests only on general billing practice (only the official list is cited). */
  generalGuidance: boolean;
}
