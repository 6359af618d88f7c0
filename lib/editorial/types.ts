/**
 * Shapes of the project's own bundled content: plain-language summaries, code-range categories,
 * search synonyms and payer notes. Everything here is written by ClaimLens (never CPT descriptor text).
 */

/** Whether a code's own definition includes imaging guidance. */
export type ImagingIncluded = 'yes' | 'no' | 'not-applicable';

/** Places of service where a code is typically billed. */
export type CareSetting = 'office' | 'asc' | 'hospital-outpatient' | 'hospital-inpatient';

/** A public document a summary rests on: CMS manual or MLN booklet, NCCI chapter, LCD or billing article. */
export interface SummarySource {
  title: string;
  /** Public https address of the document (never a copy on a third-party host). */
  url: string;
  /** The document's own date (publication, revision or effective), ISO `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** Chapter and section, or the part of the document that carries the fact. */
  section?: string;
}

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
  /** How this code differs from its neighbours (levels, sides, units, time). */
  distinguishes?: string;
  /** The other codes of the same summary group, in file order. */
  related?: string[];
  /** Public documents the summary rests on, each with its date (at least one). */
  sources: SummarySource[];
}

/** Fields a summary group shares and each of its codes may override. */
type SharedSummaryFields = Pick<
  CodeSummary,
  'whatIsDone' | 'where' | 'unit' | 'imagingIncluded' | 'typicalSettings' | 'documentation' | 'distinguishes'
>;

/** One code of a summary group: its own line, facts from the CMS tables, and any field it overrides. */
export type SummaryGroupCode = Pick<
  CodeSummary,
  'code' | 'summary' | 'addOn' | 'reportedWith' | 'status' | 'terminatedOn' | 'replacedBy' | 'note'
> &
  Partial<SharedSummaryFields>;

/** A family of neighbouring codes written once: shared fields, one entry per code, the sources. */
export interface SummaryGroup extends SharedSummaryFields {
  family: string;
  /** Remark shown for every code of the group (a code's own note follows it). */
  note?: string;
  sources: SummarySource[];
  codes: SummaryGroupCode[];
}

/** One file in `data/content/summaries/` (one file per area: visits, injections, imaging…). */
export interface SummaryGroupFile {
  schemaVersion: 1;
  kind: 'plain-language-summary';
  groups: SummaryGroup[];
}

/** `data/content/summaries.json`: what every summary shares (label, date written, family names). */
export interface SummariesIndexFile {
  schemaVersion: 1;
  kind: 'plain-language-summary';
  disclaimer: string;
  writtenOn: string;
  families: Record<string, string>;
}

/** The bundled summaries as the loader exposes them: the index plus every group expanded per code. */
export interface SummariesFile extends SummariesIndexFile {
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

export * from './payer-note-types';
