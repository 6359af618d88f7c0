/**
 * Shapes of the payer notes in `data/payer-notes/*.json`. The review rules these shapes carry
 * (dates, hosts, evidence grades) are enforced by `validate-notes.ts` and explained in docs/content.md.
 */
import type { SourceRef } from '../dataset/types';

/** Evidence level: P read in the payer's own document; S secondary summary or third-party copy (verify it). */
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

/** Who last read the source: a content review (with its date), or only the project's payer fact sheet (no date). */
export type CheckedBy = 'content-review' | 'payer-facts-sheet';

/** Written where a source shows no (full) effective or revision date. */
export const NOT_STATED = 'not stated';
/** Written where the source may show a date but the review that read it did not record one. */
export const NOT_RECORDED = 'not recorded';
/** The two ways of saying a source has no usable date. */
export const UNDATED = [NOT_STATED, NOT_RECORDED] as const;

/** A document a note points at. */
export interface DocumentRef {
  title: string;
  /** https address; http only with `httpOnly` (then it is shown as text, never as a link). */
  url: string;
  /** True when the document was only found at an http address (no https copy on the payer's site). */
  httpOnly?: boolean;
  /** Policy, LCD or article number (e.g. "L38803", "A58364", "CPB 0016"). */
  documentId?: string;
  /** ISO date the document says it takes effect, or "not stated" / "not recorded" (see {@link UNDATED}). */
  effectiveDate?: string;
  /** ISO date of the document's own revision. */
  revisionDate?: string;
}

/** Where a payer note's fact comes from. */
export interface NoteSource extends DocumentRef {
  /** ISO date a content review read the source; absent when no dated reading is recorded. */
  dateChecked?: string;
  checkedBy: CheckedBy;
}

/** A further document a note cites (the billing article beside an LCD, a society table), with its own grade. */
export interface RelatedDocument extends DocumentRef {
  evidence: EvidenceLevel;
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
  /** The grade of the note's weakest fact. */
  evidence: EvidenceLevel;
  /** True when the note records that no published rule was found. */
  noRuleFound?: boolean;
  /** Code combinations the note says are billed together, checked against the CMS add-on edits. */
  billedTogether?: string[][];
  source: NoteSource;
  seeAlso?: RelatedDocument[];
}

/** One file in `data/payer-notes/`. */
export interface PayerNotesFile {
  schemaVersion: 1;
  payer: string;
  name: string;
  /** Hosts (and their subdomains) that publish this payer's own documents; only these can back a P note. */
  ownHosts: string[];
  /** Dates on which content reviews read this file's sources; every `dateChecked` must be one of them. */
  reviewedOn: string[];
  plans?: { id: string; name: string }[];
  notes: PayerNote[];
}

/** A payer note that disagrees with a CMS table the claim check uses, with the rule that decides the check. */
export interface NoteConflict {
  /** The CMS table the note disagrees with, and its as-of date. */
  table: SourceRef;
  addOn: string;
  /** Primaries the table lists for the add-on (edit type 1: no others allowed). */
  primaries: string[];
  /** What the note bills the add-on with instead. */
  billedWith: string[];
  /** Project wording: both facts, which one the claim check follows, and why. */
  text: string;
}

/** A note as returned to callers: with its payer and the verify marker derived from the evidence level. */
export interface ResolvedPayerNote extends PayerNote {
  payer: string;
  payerName: string;
  /** Plan display name for BCBS plan notes. */
  planName?: string;
  /** True for S notes: show "verify against the payer's policy". */
  verify: boolean;
  /** Disagreements with the bundled CMS tables (present only when there is one). */
  conflicts?: NoteConflict[];
}
