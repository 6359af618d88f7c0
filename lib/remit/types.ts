/**
 * Shapes read from an X12 835 (health care claim payment/advice) file. Amounts are numbers exactly as
 * in the file, or null when the element was missing or unreadable: an amount is never invented.
 * Patient names and other identifying segments are not kept.
 */

/** Separators declared by the ISA segment. */
export interface Separators {
  element: string;
  component: string;
  /** ISA11 in 005010; absent (undefined) in older versions that use it as a standards id. */
  repetition?: string;
  segment: string;
}

/** One adjustment from a CAS segment: a group code, a reason code and its amount. */
export interface RemitAdjustment {
  group: string;
  reason: string;
  amount: number;
  quantity?: number;
}

/** One service line (SVC loop). */
export interface RemitLine {
  /** Procedure code (SVC01-2). */
  code: string;
  /** Code qualifier (SVC01-1): HC for CPT/HCPCS, others kept as given. */
  qualifier: string;
  modifiers: string[];
  /** Units billed: SVC07 (original units) when given, else SVC05 (1 when empty, as the 835 guide says); null when SVC05 is 0 and SVC07 absent. */
  units: number | null;
  charge: number | null;
  paid: number | null;
  /** ISO date from DTM*472 (or the start of DTM*150), else the claim's date. */
  dateOfService: string | null;
  adjustments: RemitAdjustment[];
  /** Remark codes from LQ*HE. */
  remarks: string[];
  /** Allowed amount (AMT*B6) when given. */
  allowed: number | null;
  /** Line item control number (REF*6R) when given. */
  controlNumber: string | null;
  /** Segment number (1-based, counted from ISA) of the SVC segment. */
  segment: number;
}

/** One claim (CLP loop). */
export interface RemitClaim {
  /** Patient control number as submitted (CLP01). */
  claimId: string;
  /** CLP02 status code, e.g. "1" processed as primary, "4" denied, "22" reversal. */
  status: string;
  charge: number | null;
  paid: number | null;
  patientResponsibility: number | null;
  /** Payer's claim control number (CLP07). */
  payerClaimId: string | null;
  /** Claim-level dates of service (DTM*232 / DTM*233), ISO. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Claim-level adjustments (CAS before the first SVC). */
  adjustments: RemitAdjustment[];
  /** Claim-level remark codes (MOA/MIA remark elements). */
  remarks: string[];
  lines: RemitLine[];
  /** Payer name from N1*PR of the transaction. */
  payer: string | null;
  /** Segment number of the CLP segment. */
  segment: number;
}

/** A problem found while reading; reading goes on after it where it can. */
export interface RemitProblem {
  /** Segment number (1-based, counted from ISA), or 0 for the file as a whole. */
  segment: number;
  /** Segment id, e.g. "CAS", when known. */
  segmentId?: string;
  message: string;
  /** Claim id the problem belongs to, when inside a claim. */
  claimId?: string;
}

/** A fatal problem: nothing (more) can be read, e.g. no ISA segment. */
export class RemitFormatError extends Error {
  constructor(
    message: string,
    readonly segment = 0,
  ) {
    super(message);
    this.name = 'RemitFormatError';
  }
}
