/**
 * Everything ClaimLens knows about one code, in one object: the CLI's `lookup --json` output and the
 * popover's input. Absent data is `null` (never a reassuring default), and each part names its source.
 */
import type {
  AddOnEdit,
  CodeInfo,
  Dataset,
  HcpcsText,
  MueValue,
  OppsInfo,
  PfsIndicators,
  SourceRef,
  TableId,
} from '../dataset/types';
import { type SiteOfService, siteOfService } from './site-of-service';
import { formatSource } from '../claim/format-source';
import { todayIso } from '../dataset/dates';
import { type DataNotice, ptpDatesUnknownNotice, staleNotices } from '../dataset/staleness';
import { type LocalityKey, type PaymentBenchmark, paymentBenchmark } from '../payment';

/** Descriptor shown for a code: HCPCS Level II text, a plain-language summary, or imported licensed text. */
export interface DescriptorRef {
  text: string;
  /** e.g. "HCPCS Level II quarterly file (2024-07-01)", "ClaimLens plain-language summary", "Imported by you: file.csv". */
  source: string;
  kind: 'hcpcs-level-ii' | 'plain-language-summary' | 'imported';
}

/** Optional content layered on top of CMS data (plain-language summaries, categories, payer notes, imports). */
export interface ContentProvider {
  descriptorOf?(code: string): DescriptorRef | undefined;
  categoryOf?(code: string): string | undefined;
  payerNotesOf?(code: string, payers: readonly string[]): unknown[];
  /** Extra fields merged into the report (e.g. a structured summary). */
  extrasOf?(code: string): Record<string, unknown>;
}

export interface CodeReport {
  code: string;
  known: boolean;
  system: 'CPT' | 'HCPCS' | null;
  status: CodeInfo['status'] | null;
  terminatedOn: string | null;
  descriptor: DescriptorRef | null;
  category: string | null;
  addOn: {
    isAddOn: boolean;
    primaries: string[];
    editType: AddOnEdit['editType'] | null;
    notes: string[];
    source: SourceRef | null;
  };
  /** Add-on codes whose edits list this code as a primary. */
  addOns: string[];
  mue: { practitioner: MueValue | null; outpatientHospital: MueValue | null };
  pfs: PfsIndicators | null;
  opps: OppsInfo | null;
  /** Typical site of service derived from the PFS NA indicators and OPPS status; null for an unknown code. */
  siteOfService: SiteOfService | null;
  ptp: { column1Count: number; column2Count: number; asOf: string; source: SourceRef };
  /** Medicare PFS and OPPS payment (lib/payment); null for an unknown code. */
  payment: PaymentBenchmark | null;
  payerNotes: unknown[];
  /** The date the report's edits were read for (today, or the date of service). */
  dateOfService: string;
  /** Stale tables (and undated PTP edits) behind this report, in plain words; never silent. */
  notices: DataNotice[];
  [extra: string]: unknown;
}

function hcpcsDescriptor(t: HcpcsText): DescriptorRef {
  const field = t.long ? 'long' : 'short';
  // An imported table names its release and import date, as every other imported fact does.
  const table = t.source.importedOn ? formatSource(t.source) : `${t.source.title} (${t.source.asOf})`;
  // CMS's wording here equals an AMA CPT descriptor, so the artifact holds ours instead; say whose words they are.
  const source = t.reworded.includes(field)
    ? `ClaimLens wording (CMS's text matches a CPT descriptor); code from ${table}`
    : table;
  return { text: t[field], source, kind: 'hcpcs-level-ii' };
}

/** Tables every code report reads. */
const REPORT_TABLES: TableId[] = ['hcpcs', 'aoc', 'ptp', 'muePractitioner', 'mueOutpatientHospital', 'pfs', 'opps'];

function reportNotices(ds: Dataset, on: string, isToday: boolean): DataNotice[] {
  const stale: DataNotice[] = [...staleNotices(ds.meta, REPORT_TABLES, on, isToday)];
  return ds.ptpDatesKnown ? stale : [...stale, ptpDatesUnknownNotice(ds.meta)];
}

/** Builds the report for a normalised code (see `normalizeCode`). Unknown codes get `known: false` and nulls. */
export function codeReport(
  ds: Dataset,
  code: string,
  opts: {
    payers?: readonly string[];
    content?: ContentProvider;
    dateOfService?: string;
    /** The MAC locality whose PFS amounts to add to the national ones. */
    locality?: LocalityKey | null;
  } = {},
): CodeReport {
  const on = opts.dateOfService ?? todayIso();
  const info = ds.info(code);
  const aoc = ds.addOn(code, on);
  const hcpcs = ds.hcpcsText(code);
  const c = opts.content;
  const descriptor = c?.descriptorOf?.(code) ?? (hcpcs ? hcpcsDescriptor(hcpcs) : null);
  const ptpSource = ds.source('ptp');
  return {
    code,
    known: !!info,
    system: info?.system ?? null,
    status: info?.status ?? null,
    terminatedOn: info?.terminatedOn ?? null,
    descriptor,
    category: c?.categoryOf?.(code) ?? null,
    addOn: {
      isAddOn: !!aoc,
      primaries: aoc?.primaries ?? [],
      editType: aoc?.editType ?? null,
      notes: aoc?.notes ?? [],
      source: aoc?.source ?? (info ? ds.source('aoc') : null),
    },
    addOns: ds.addOnsOf(code, on),
    mue: {
      practitioner: ds.mue(code, 'practitioner') ?? null,
      outpatientHospital: ds.mue(code, 'outpatientHospital') ?? null,
    },
    pfs: ds.pfs(code) ?? null,
    opps: ds.opps(code) ?? null,
    siteOfService: info ? siteOfService(ds.pfs(code) ?? null, ds.opps(code) ?? null) : null,
    ptp: { ...ds.ptpCounts(code), asOf: ptpSource.asOf, source: ptpSource },
    payment: info ? paymentBenchmark(ds, code, opts.locality) : null,
    payerNotes: c?.payerNotesOf?.(code, opts.payers ?? []) ?? [],
    dateOfService: on,
    notices: info ? reportNotices(ds, on, opts.dateOfService === undefined) : [],
    ...(c?.extrasOf?.(code) ?? {}),
  };
}
