/**
 * Shapes of the bundled CMS dataset, as the rest of ClaimLens sees it. Every value that reaches a user carries
 * the table it came from and that table's as-of date (see {@link SourceRef}); `undefined` always means "the
 * table has no row", never "no problem".
 */
import type { PtpLookups } from './ptp-lookups';

/** Identifiers of the CMS tables the dataset is built from. */
export type TableId =
  | 'aoc'
  | 'ptp'
  | 'ptpOutpatientHospital'
  | 'muePractitioner'
  | 'mueOutpatientHospital'
  | 'muePractitioner2026'
  | 'pfs'
  | 'opps'
  | 'oppsLegend'
  | 'hcpcs'
  | 'hcpcsModifiers'
  | 'gpci'
  | 'localities';

/** One source table's provenance, as stored in `data/meta.json`. */
export interface TableMeta {
  /** Stable id used in code. */
  id: TableId;
  /** Human name, e.g. "NCCI PTP edits, practitioner services". */
  title: string;
  /** CMS release name, e.g. "AOC_V2026Q2". */
  release: string;
  /** ISO date the table is effective from. */
  asOf: string;
  /** Source file the generator read. */
  file: string;
  /** Rows read from the source file. */
  rows: number;
  /** ISO date the user imported this table in the options page; absent for bundled tables. */
  importedOn?: string;
}

/** Tables no bundled artifact holds: present only when the user imported them (lib/data-update/). */
export type ImportOnlyTableId = 'ptpOutpatientHospital';

/** `data/meta.json`. */
export interface DatasetMeta {
  schemaVersion: number;
  /** Derived from the newest table's as-of date; changes whenever the data changes. */
  datasetVersion: string;
  tables: Record<Exclude<TableId, ImportOnlyTableId>, TableMeta> & Partial<Record<ImportOnlyTableId, TableMeta>>;
}

/** Where a fact came from: the table and its as-of date. */
export interface SourceRef {
  table: TableId;
  /** Human name of the table (copied from meta for convenience). */
  title: string;
  asOf: string;
  /** For a table the user imported: its CMS release (e.g. `v322r0`) and the ISO date of the import. */
  release?: string;
  importedOn?: string;
}

export type CodeSystem = 'CPT' | 'HCPCS';

/** What every table together knows about a code's existence. */
export interface CodeInfo {
  code: string;
  system: CodeSystem;
  /** `terminated` when a source table gives a termination/deletion date that is already past at its as-of date. */
  status: 'active' | 'terminated';
  /** ISO date the code ended, when known. */
  terminatedOn?: string;
  /** ISO date the code was added (HCPCS Level II only). */
  addedOn?: string;
  /** Which tables list the code. */
  tables: TableId[];
}

/** NCCI add-on code edit (AOC table), merged across its primary rows. */
export interface AddOnEdit {
  addOn: string;
  /** 1 = only with listed primaries; 2 = contractor defines primaries; 3 = listed primaries plus others the contractor may allow. */
  editType: 1 | 2 | 3;
  /** Active primary codes; empty for type 2 (CMS lists "CCCCC"). */
  primaries: string[];
  /** CMS's special-instruction notes, de-duplicated, verbatim (public domain). */
  notes: string[];
  /** Every primary row with its edit dates (ISO; deleted null when in effect), ended ones included. */
  primaryEdits: { primary: string; effective: string; deleted: string | null }[];
  /** The add-on code's own deletion date, when CMS gives one. */
  deletedOn: string | null;
  source: SourceRef;
}

/** Medically Unlikely Edit value for one setting. */
export interface MueValue {
  units: number;
  /** MUE Adjudication Indicator: 1 line edit, 2 date-of-service (policy, not appealable), 3 date-of-service (clinical, appealable). */
  mai: 1 | 2 | 3;
  /** CMS rationale, or null when the table that set the value carries none. */
  rationale: string | null;
  /** As-of date of the table that set `units`/`mai`. */
  asOf: string;
  source: SourceRef;
  /** When the rationale came from an older table than the units. */
  rationaleSource?: SourceRef;
}

export type MueSetting = 'practitioner' | 'outpatientHospital';

/** Physician Fee Schedule indicators (RVU file, row with no modifier). */
export interface PfsIndicators {
  status: string;
  globalDays: string;
  multipleProcedure: string;
  bilateral: string;
  assistant: string;
  coSurgeon: string;
  teamSurgeon: string;
  pctc: string;
  workRvu: number;
  /** True when the RVU file's non-facility NA indicator is set: rarely or never done in an office. Absent: not in this artifact. */
  nonFacilityNa?: boolean;
  /** True when the facility NA indicator is set: rarely or never done in a facility (hospital, ASC, SNF). */
  facilityNa?: boolean;
  source: SourceRef;
}

/**
 * The RVUs and conversion factor of the PFS payment formula (code without a modifier):
 * amount = (work × work GPCI + PE × PE GPCI + MP × MP GPCI) × conversion factor, with the non-facility or
 * facility PE RVU; a setting whose NA indicator is set has no amount there.
 */
export interface PfsRvus {
  work: number;
  nonFacilityPe: number;
  facilityPe: number;
  mp: number;
  /** CMS set no non-facility PE (NA): no office amount. */
  nonFacilityNa: boolean;
  /** CMS set no facility PE (NA): no facility amount. */
  facilityNa: boolean;
  conversionFactor: number;
  source: SourceRef;
}

/** One Medicare payment locality: its GPCIs and counties. */
export interface Locality {
  /** MAC number, 5 digits. */
  mac: string;
  /** Locality number, 2 digits. */
  locality: string;
  state: string;
  /** Locality name as in the GPCI file (e.g. "ALASKA*"). */
  name: string;
  /** Fee schedule area and counties (the locality/county file), when listed there. */
  area: string | null;
  counties: string | null;
  gpci: { work: number; pe: number; mp: number };
  source: SourceRef;
  countiesSource: SourceRef;
}

/** OPPS Addendum B row. */
export interface OppsInfo {
  statusIndicator: string;
  /** Legend text for the status indicator (CMS wording), or null if the legend lacks it. */
  meaning: string | null;
  /** "Always" | "Sometimes" | "Never" | "Unknown" from the legend, or null. */
  paid: string | null;
  paymentRate: number | null;
  source: SourceRef;
}

/** HCPCS Level II descriptor (public domain). */
export interface HcpcsText {
  long: string;
  short: string;
  /** Fields in ClaimLens's own words: CMS's text there equals an AMA CPT short descriptor, which is not shipped. */
  reworded: ('long' | 'short')[];
  source: SourceRef;
}

/** A HCPCS Level II modifier's CMS text (public domain) and dates. */
export interface ModifierText {
  modifier: string;
  long: string;
  short: string;
  addedOn: string | null;
  terminatedOn: string | null;
  /** Fields in ClaimLens's own words because CMS's text equals an AMA CPT short descriptor. */
  reworded: ('long' | 'short')[];
  source: SourceRef;
}

/** 0 = no modifier allows both; 1 = an NCCI-associated modifier may allow both; 9 = not applicable. */
export type ModifierIndicator = 0 | 1 | 9;

/** One active NCCI procedure-to-procedure edit. */
export interface PtpEdit {
  column1: string;
  column2: string;
  modifierIndicator: ModifierIndicator;
  rationale: string;
  /** ISO date the edit took effect, or null when the release does not give it (the bundled 2024 table). */
  effective: string | null;
  /** ISO date of deletion (last day in effect), or null. */
  deleted: string | null;
  source: SourceRef;
}

/** The loaded dataset. Lookups are synchronous and cheap; see `lib/dataset/dataset.ts`. */
export interface Dataset {
  meta: DatasetMeta;
  /** True when any table lists the code. */
  has(code: string): boolean;
  info(code: string): CodeInfo | undefined;
  /** Every known code, sorted. */
  allCodes(): readonly string[];
  /** The add-on edit of `code` with the primaries whose edits are in effect on `on` (default today). */
  addOn(code: string, on?: string): AddOnEdit | undefined;
  /** Add-on codes whose edits in effect on `on` list `primary` as a primary. */
  addOnsOf(primary: string, on?: string): string[];
  mue(code: string, setting: MueSetting): MueValue | undefined;
  pfs(code: string): PfsIndicators | undefined;
  opps(code: string): OppsInfo | undefined;
  /** The PFS RVUs and conversion factor the payment formula needs, or undefined (not in the PFS file). */
  pfsRvus(code: string): PfsRvus | undefined;
  /** A payment locality by MAC and locality number (`02102`, `01`), or undefined. */
  locality(mac: string, locality: string): Locality | undefined;
  /** Every payment locality, in MAC then locality order. */
  localities(): Locality[];
  hcpcsText(code: string): HcpcsText | undefined;
  /** A HCPCS Level II modifier (RT, XS, GA, …) from the bundled HCPCS file; numeric CPT modifiers are not in it. */
  modifier(modifier: string): ModifierText | undefined;
  /** The edit between two codes in either order in effect on `on` (ISO date; default today), if any. */
  ptpPair(a: string, b: string, on?: string): PtpEdit | undefined;
  /** Every edit in effect on `on` among a set of codes (each unordered pair once). */
  ptpAmong(codes: readonly string[], on?: string): PtpEdit[];
  /** Every edit in effect on `on` with `code` in column 1. */
  ptpColumn2Of(code: string, on?: string): PtpEdit[];
  /** How many edits in effect on the PTP table's as-of date name the code in column 1 / column 2. */
  ptpCounts(code: string): { column1Count: number; column2Count: number };
  /** False when the PTP release kept no effective dates (edits then count as in effect on any date). */
  ptpDatesKnown: boolean;
  /** The PTP table of a claim setting; undefined for outpatient hospital unless the user imported one. */
  ptpFor(setting: MueSetting): PtpLookups | undefined;
  source(table: TableId): SourceRef;
}
