/**
 * The PTP edits of one claim setting, each answer carrying that table's source. The practitioner table is
 * always there (bundled, or imported); the outpatient hospital table only when the user imported a CMS
 * outpatient hospital release (`ccioph-…`, lib/data-update/): ClaimLens bundles none (README "The data").
 */
import type { DatasetArtifacts } from './artifacts';
import { todayIso } from './dates';
import { PtpIndex } from './ptp-index';
import type { MueSetting, PtpEdit, SourceRef, TableId } from './types';

/** Lookups over one setting's PTP table, on a date of service (ISO; default today). */
export interface PtpLookups {
  /** The edit between two codes in either order in effect on `on`, if any. */
  pair(a: string, b: string, on?: string): PtpEdit | undefined;
  /** Every edit in effect on `on` among a set of codes (each unordered pair once). */
  among(codes: readonly string[], on?: string): PtpEdit[];
  /** Every edit in effect on `on` with `code` in column 1. */
  column2Of(code: string, on?: string): PtpEdit[];
  /** How many edits in effect on the table's as-of date name the code in column 1 / column 2. */
  counts(code: string): { column1Count: number; column2Count: number };
  /** False when the release kept no effective dates (edits then count as in effect on any date). */
  datesKnown: boolean;
  /** The table every answer names. */
  source: SourceRef;
}

/** The dataset table holding each setting's PTP edits. */
export const PTP_TABLE: Record<MueSetting, TableId> = {
  practitioner: 'ptp',
  outpatientHospital: 'ptpOutpatientHospital',
};

/** Lookups over an encoded PTP table (lib/dataset/ptp-codec.ts); `asOf` is the table's as-of date. */
export function ptpLookups(bytes: Uint8Array, asOf: string, source: SourceRef): PtpLookups {
  const index = new PtpIndex(bytes, asOf);
  const sourced = (e: Omit<PtpEdit, 'source'>): PtpEdit => ({ ...e, source });
  return {
    pair(a, b, on = todayIso()) {
      const e = index.pair(a, b, on);
      return e && sourced(e);
    },
    among: (codes, on = todayIso()) => index.among(codes, on).map(sourced),
    column2Of: (code, on = todayIso()) => index.column2Of(code, on).map(sourced),
    counts: (code) => index.counts(code),
    datesKnown: !index.datesUnknown,
    source,
  };
}

/**
 * Each setting's PTP lookups over the artifacts: the practitioner table built at once (every code answer
 * reads it), the outpatient hospital one on first use (only outpatient hospital claim checks read it).
 */
export function settingPtp(
  a: DatasetArtifacts,
  source: (t: TableId) => SourceRef,
): (setting: MueSetting) => PtpLookups | undefined {
  const practitioner = ptpLookups(a.ptp, a.meta.tables.ptp.asOf, source('ptp'));
  let outpatient: PtpLookups | undefined;
  return (setting) => {
    if (setting === 'practitioner') return practitioner;
    const meta = a.meta.tables.ptpOutpatientHospital;
    if (!a.ptpOutpatientHospital || !meta) return undefined;
    outpatient ??= ptpLookups(a.ptpOutpatientHospital, meta.asOf, source('ptpOutpatientHospital'));
    return outpatient;
  };
}
