/**
 * Shapes of the project's own bundled content: plain-language summaries, code-range categories,
 * search synonyms and payer notes. Everything here is written by ClaimLens (never CPT descriptor text).
 */

/** Whether a code's own definition includes imaging guidance. */
export type ImagingIncluded = 'yes' | 'no' | 'not-applicable';

/** Places of service where a code is typically billed. */
export type CareSetting = 'office' | 'asc' | 'hospital-outpatient' | 'hospital-inpatient';

/** One plain-language summary, written by the project (see docs/content.md). */
export interface CodeSummary {
  code: string;
  /** Always this literal: the record is the project's wording, not an official descriptor. */
  kind: 'plain-language-summary';
  /** Family id, e.g. "facet-rfa" (see `families` in summaries.json). */
  family: string;
  /** 8–25 words. */
  summary: string;
  whatIsDone: string;
  /** Anatomy or region, or "not applicable" for drugs and visits. */
  where: string;
  /** What one unit means, e.g. "each additional facet joint". */
  unit: string;
  imagingIncluded: ImagingIncluded;
  addOn: boolean;
  /** Primary codes an add-on is reported with (project wording mirrors CMS AOC data). */
  reportedWith?: string[];
  typicalSettings: CareSetting[];
  /** What the record should show; required for 64634. */
  documentation?: string[];
  status: 'active' | 'terminated';
  /** ISO date the code ended (terminated codes only). */
  terminatedOn?: string;
  /** Code to use instead, for terminated codes. */
  replacedBy?: string;
  /** Short extra remark in project wording. */
  note?: string;
}

/** `data/content/summaries.json`. */
export interface SummariesFile {
  schemaVersion: 1;
  kind: 'plain-language-summary';
  disclaimer: string;
  writtenOn: string;
  families: Record<string, string>;
  records: CodeSummary[];
}

/** One row of the category table: an inclusive range of codes of the same shape. */
export interface CategoryRange {
  from: string;
  to: string;
  category: string;
}

/** `data/content/categories.json`. */
export interface CategoriesFile {
  schemaVersion: 1;
  ranges: CategoryRange[];
}

/** A search synonym: billing words → codes or code ranges ("64490-64495"). */
export interface Synonym {
  terms: string[];
  label: string;
  codes: string[];
}

/** `data/content/synonyms.json`. */
export interface SynonymsFile {
  schemaVersion: 1;
  synonyms: Synonym[];
}

/** Evidence level: P read in the payer's own document; S secondary summary (verify before relying on it). */
export type EvidenceLevel = 'P' | 'S';

/** What a payer note is about. */
export type NoteTopic =
  | 'coverage-criteria'
  | 'frequency'
  | 'levels-per-session'
  | 'prior-authorization'
  | 'modifiers'
  | 'add-on-rules'
  | 'documentation'
  | 'diagnosis-codes'
  | 'policy-index';

/** Where a note's fact was last checked: in this content review, or only in the project's payer fact sheet. */
export type CheckedBy = 'content-review' | 'payer-facts-sheet';

/** Where a payer note comes from. */
export interface NoteSource {
  title: string;
  url: string;
  documentId?: string;
  effectiveDate?: string;
  revisionDate?: string;
  /** ISO date the fact was last checked. */
  dateChecked: string;
  checkedBy: CheckedBy;
}

/** Which codes a note covers: the listed ones, every code, or every add-on code. */
export type NoteScope = 'listed-codes' | 'all-codes' | 'all-add-on-codes';

/** One payer note, in the project's own words. */
export interface PayerNote {
  id: string;
  /** Codes or inclusive ranges ("64633-64636"); may be empty when `appliesTo` is not "listed-codes". */
  codes: string[];
  appliesTo?: NoteScope;
  /** Medicare only: jurisdictions the note is limited to (absent = every MAC). */
  macJurisdictions?: string[];
  /** BCBS only: the plan id the note is limited to (absent = every BCBS plan). */
  bcbsPlan?: string;
  topic: NoteTopic;
  text: string;
  evidence: EvidenceLevel;
  /** True when the note records that no published rule was found. */
  noRuleFound?: boolean;
  source: NoteSource;
}

/** One file in `data/payer-notes/`. */
export interface PayerNotesFile {
  schemaVersion: 1;
  payer: string;
  name: string;
  plans?: { id: string; name: string }[];
  notes: PayerNote[];
}

/** A note as returned to callers: with its payer and the verify marker derived from the evidence level. */
export interface ResolvedPayerNote extends PayerNote {
  payer: string;
  payerName: string;
  /** Plan display name for BCBS plan notes. */
  planName?: string;
  /** True for S notes: show "verify against the payer's policy". */
  verify: boolean;
}
