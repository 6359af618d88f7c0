/**
 * Shapes of the claim check: claim lines in, findings out.
 *
 * A finding always names the CMS table(s) and the policy-manual section it rests on (see
 * {@link FindingSource}), so the UI can show provenance next to every message.
 */
import type { DataNotice } from '../dataset/staleness';
import type { MueSetting, SourceRef } from '../dataset/types';

/** One service line of a claim, for one date of service. */
export interface ClaimLine {
  /** CPT or HCPCS code, upper-case. */
  code: string;
  /** Modifiers in the order given, upper-case, 2 alphanumeric characters each. */
  modifiers: string[];
  /** Units of service, a positive integer (1 when not given). */
  units: number;
}

/** How bad a finding is: `error` will be denied as billed, `warning` likely needs a change or proof, `info` is guidance. */
export type Severity = 'error' | 'warning' | 'info';

/** Stable rule ids. UI code and saved reports may key on these; never rename one. */
export type RuleId =
  | 'unknown-code'
  | 'terminated-code'
  | 'addon-without-primary'
  | 'ptp-pair'
  | 'mue-exceeded'
  | 'modifier-50-not-allowed'
  | 'bilateral-guidance'
  | 'modifier-59-not-needed';

/** A policy document a rule is written from (our own wording, citing its section). */
export interface DocumentSource {
  /** e.g. "NCCI Policy Manual for Medicare Services, 2026". */
  document: string;
  /** e.g. "Chapter I §E". */
  section: string;
  /** Revision date of the document. */
  asOf: string;
}

/** Either a CMS table (with its as-of date) or a policy document section. */
export type FindingSource = SourceRef | DocumentSource;

/** Fields every finding carries. */
export interface FindingBase {
  rule: RuleId;
  severity: Severity;
  /** Codes the finding is about, in claim order. */
  codes: string[];
  /** Zero-based indexes of the claim lines involved. */
  lines: number[];
  /** Plain-language message saying what is wrong and what to do (our own words). */
  message: string;
  /** Every table and document the finding rests on. */
  source: FindingSource[];
}

/** `unknown-code`: not in any bundled table. */
export interface UnknownCodeFinding extends FindingBase {
  rule: 'unknown-code';
  status: 'unknown';
}

/** `terminated-code`: the code ended before the date of service (or CMS marks it discontinued, no date). */
export interface TerminatedCodeFinding extends FindingBase {
  rule: 'terminated-code';
  status: 'terminated';
  terminatedOn?: string;
  dateOfService: string;
}

/** `addon-without-primary`: an add-on code none of whose primaries is on the claim. */
export interface AddOnFinding extends FindingBase {
  rule: 'addon-without-primary';
  addOn: string;
  editType: 1 | 2 | 3;
  /** Listed primaries (empty for type 2). */
  primaries: string[];
  /** Listed primaries that are on the claim but are themselves add-ons without a primary. */
  unanchoredPrimaries: string[];
  /** CMS special-instruction notes of the edit, verbatim. */
  notes: string[];
}

/** `ptp-pair`: two codes of the claim form an active NCCI PTP edit. */
export interface PtpFinding extends FindingBase {
  rule: 'ptp-pair';
  column1: string;
  column2: string;
  modifierIndicator: 0 | 1;
  rationale: string;
  /** The edit's effective date, or null when the release does not give it. */
  effective: string | null;
  /** The edit's deletion date (last day in effect), or null. */
  deleted: string | null;
  /** NCCI PTP-associated modifiers on the claim that bypass this edit (indicator 1 only). */
  bypassedBy: string[];
  /** NCCI PTP-associated modifiers present that do not bypass it here, with the reason. */
  rejectedModifiers: { modifier: string; reason: string }[];
}

/** `mue-exceeded`: units above the Medically Unlikely Edit. */
export interface MueFinding extends FindingBase {
  rule: 'mue-exceeded';
  code: string;
  setting: MueSetting;
  mue: number;
  mai: 1 | 2 | 3;
  /** Units compared with the MUE: one line's (MAI 1) or the date of service's sum (MAI 2/3). */
  unitsReported: number;
  rationale: string | null;
}

/** `modifier-50-not-allowed` / `bilateral-guidance`: PFS bilateral surgery indicator checks. */
export interface BilateralFinding extends FindingBase {
  rule: 'modifier-50-not-allowed' | 'bilateral-guidance';
  code: string;
  bilateralIndicator: string;
}

/** `modifier-59-not-needed`: 59/X{EPSU} on a line that forms no PTP edit with the claim's other lines. */
export interface Modifier59Finding extends FindingBase {
  rule: 'modifier-59-not-needed';
  code: string;
  modifier: string;
}

/** Any finding; narrow on `rule`. */
export type Finding =
  | UnknownCodeFinding
  | TerminatedCodeFinding
  | AddOnFinding
  | PtpFinding
  | MueFinding
  | BilateralFinding
  | Modifier59Finding;

/** Options of {@link checkClaim}. */
export interface CheckOptions {
  /** Claim type; default `practitioner`. Selects the MUE table and which checks apply. */
  setting?: MueSetting;
  /** Payer id the claim goes to; recorded in `notChecked` because payer-specific policies are not part of this check. */
  payer?: string;
  /** ISO date of service: edits apply only when in effect on it, codes must not be terminated before it. Default: today. */
  dateOfService?: string;
  /** Today's date (ISO) when no date of service is given; default the clock. */
  today?: string;
}

/** A check that could not be run (no data for it), so its silence means nothing. */
export interface NotChecked {
  rule: RuleId | 'payer-policy';
  /** Codes concerned; empty when the whole check was skipped. */
  codes: string[];
  reason: string;
}

/** Counts of findings per severity. */
export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  total: number;
}

/** Result of {@link checkClaim}. */
export interface CheckResult {
  setting: MueSetting;
  /** The date the check applied (the claim's date of service, or today when none was given). */
  dateOfService: string;
  /** Stale tables and tables without edit dates behind this check, in plain words; never silent. */
  notices: DataNotice[];
  lines: ClaimLine[];
  /** Sorted: errors first, then warnings, then info; within a severity, by first line involved. */
  findings: Finding[];
  summary: FindingSummary;
  /** Checks that did not run or codes they could not cover. Never read an empty finding list as "passes". */
  notChecked: NotChecked[];
}
