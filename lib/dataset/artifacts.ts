/**
 * The raw shapes of the committed artifacts in data/, as read from disk or bundled.
 * `scripts/build-data.ts` writes them; {@link createDataset} reads them.
 */
import type { DatasetMeta } from './types';

/** A table artifact: `columns` names the tuple positions of each row. */
export interface TableFile<Row extends unknown[] = unknown[]> {
  table: string;
  columns: string[];
  rows: Record<string, Row>;
}

export type CodesRow = [
  system: 'CPT' | 'HCPCS',
  status: 'active' | 'terminated',
  terminatedOn: string | null,
  tables: string[],
];
/** `primaries`: [primary, effective, deleted or null] per edit row, ended ones included (dated checks). */
export type AocFileRow = [
  editType: 1 | 2 | 3,
  primaries: [primary: string, effective: string, deleted: string | null][],
  notes: string[],
  effective: string,
  deletedOn: string | null,
];
export type MueCell = [
  units: number,
  mai: 1 | 2 | 3,
  rationaleIndex: number | null,
  table: string,
  rationaleTable: string | null,
];
export type MueFileRow = [practitioner: MueCell | null, outpatientHospital: MueCell | null];
export type PfsFileRow = [
  status: string,
  globalDays: string,
  mult: string,
  bilat: string,
  asst: string,
  co: string,
  team: string,
  pctc: string,
  workRvu: number,
  /** "NA" when CMS set no non-facility (office) practice expense; absent in artifacts built before it was kept. */
  nonFacilityNa?: string,
  /** "NA" when CMS set no facility practice expense. */
  facilityNa?: string,
  /** Non-facility (office) practice expense RVU. */
  nonFacilityPeRvu?: number,
  /** Facility practice expense RVU. */
  facilityPeRvu?: number,
  /** Malpractice RVU. */
  mpRvu?: number,
];

/** A locality's GPCIs (`gpci.json`, key `MAC:LOCALITY`). */
export type GpciFileRow = [state: string, name: string, work: number, pe: number, mp: number];
/** A locality's counties (`localities.json`, key `MAC:LOCALITY`). */
export type LocalityFileRow = [state: string, area: string, counties: string];
export type OppsFileRow = [statusIndicator: string, paymentRate: number | null];
/** `reworded`: fields whose CMS text equals an AMA CPT short descriptor and ships in ClaimLens's own words instead. */
export type HcpcsFileRow = [
  long: string,
  short: string,
  addedOn: string | null,
  terminatedOn: string | null,
  reworded?: ('long' | 'short')[] | null,
];

/** A Level II modifier row of `modifiers.json` (public domain CMS text; `reworded` as for HCPCS rows). */
export type ModifierFileRow = HcpcsFileRow;

/** Everything {@link createDataset} needs. */
export interface DatasetArtifacts {
  meta: DatasetMeta;
  codes: TableFile<CodesRow>;
  aoc: TableFile<AocFileRow>;
  mue: TableFile<MueFileRow> & { rationales: string[] };
  pfs: TableFile<PfsFileRow> & { conversionFactor?: number };
  gpci: TableFile<GpciFileRow>;
  localities: TableFile<LocalityFileRow>;
  opps: TableFile<OppsFileRow> & { legend: Record<string, { paid: string; description: string }> };
  hcpcs: TableFile<HcpcsFileRow>;
  /** Level II modifiers (`modifiers.json`). */
  modifiers: TableFile<ModifierFileRow>;
  /** Contents of data/ptp.bin. */
  ptp: Uint8Array;
  /** Outpatient hospital PTP edits, same encoding: only from a user's import (none is bundled). */
  ptpOutpatientHospital?: Uint8Array;
}
