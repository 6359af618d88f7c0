/**
 * A CMS table the user imported in the options page (Update data from CMS files), as kept in IndexedDB
 * (./store.ts): one record per kind of table, holding the artifact-shaped rows the dataset reads
 * (lib/dataset/artifacts.ts) and its provenance: CMS release, as-of date, files, import date.
 */
import type { ReleaseTables } from '../cms/release-set';
import { gpciRows, localityRows } from '../cms/locality-rows';
import type {
  AocFileRow,
  GpciFileRow,
  HcpcsFileRow,
  LocalityFileRow,
  OppsFileRow,
  PfsFileRow,
} from '../dataset/artifacts';
import type { TableId } from '../dataset/types';

/** The kinds of table an import can replace; a newer import of a kind replaces the older one. */
export const IMPORT_KINDS = [
  'ptp',
  'ptpOutpatientHospital',
  'aoc',
  'muePractitioner',
  'mueOutpatientHospital',
  'pfs',
  'gpci',
  'localities',
  'opps',
  'hcpcs',
] as const;

/** One kind of importable table. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The dataset tables (data/meta.json ids) each kind replaces. */
export const KIND_TABLES: Record<ImportKind, readonly TableId[]> = {
  ptp: ['ptp'],
  ptpOutpatientHospital: ['ptpOutpatientHospital'],
  aoc: ['aoc'],
  // The bundled practitioner MUEs are the 2024 table overlaid by the 2026 MAI 3 rows: a full table replaces both.
  muePractitioner: ['muePractitioner', 'muePractitioner2026'],
  mueOutpatientHospital: ['mueOutpatientHospital'],
  pfs: ['pfs'],
  gpci: ['gpci'],
  localities: ['localities'],
  opps: ['opps'],
  hcpcs: ['hcpcs', 'hcpcsModifiers'],
};

/** An MUE row as stored: units, adjudication indicator, CMS rationale text. */
export type StoredMueRow = [units: number, mai: 1 | 2 | 3, rationale: string | null];

/** The rows of each kind, shaped like the artifact they replace. */
export interface ImportedData {
  ptp: Uint8Array;
  ptpOutpatientHospital: Uint8Array;
  aoc: Record<string, AocFileRow>;
  muePractitioner: Record<string, StoredMueRow>;
  mueOutpatientHospital: Record<string, StoredMueRow>;
  pfs: { rows: Record<string, PfsFileRow>; conversionFactor: number };
  gpci: Record<string, GpciFileRow>;
  localities: Record<string, LocalityFileRow>;
  opps: Record<string, OppsFileRow>;
  hcpcs: { codes: Record<string, HcpcsFileRow>; modifiers: Record<string, HcpcsFileRow> };
}

/** What is known of an imported table without its rows (the options page lists these; ./store.ts). */
export interface ImportedInfo {
  kind: ImportKind;
  /** CMS release as the files name it: `v322r0`, `RVU26C`, `AOC_V2026Q3`, `HCPCS 2026 July`, … */
  release: string;
  /** ISO date the release takes effect (read from the files). */
  asOf: string;
  /** The files it was read from. */
  files: string[];
  /** Rows read (edits for PTP). */
  rows: number;
  /** ISO date the user imported it. */
  importedOn: string;
  /** For HCPCS: the Level II modifiers read with the codes. */
  modifierRows?: number;
}

/** An imported table of kind `K`, with its rows. */
export interface ImportedTableOf<K extends ImportKind> extends ImportedInfo {
  kind: K;
  data: ImportedData[K];
}

/** The record without its rows. */
export function infoOf(t: ImportedInfo): ImportedInfo {
  const { kind, release, asOf, files, rows, importedOn, modifierRows } = t;
  return { kind, release, asOf, files, rows, importedOn, ...(modifierRows === undefined ? {} : { modifierRows }) };
}

/** Any imported table. */
export type ImportedTable = { [K in ImportKind]: ImportedTableOf<K> }[ImportKind];

const record = <V>(m: Map<string, V>): Record<string, V> => Object.fromEntries(m);

/** The tables a read release set replaces (or, for outpatient hospital PTP, adds), stamped with the import date. DME MUEs are not used. */
export function toImportedTables(t: ReleaseTables, importedOn: string): ImportedTable[] {
  const out: ImportedTable[] = [];
  const base = (r: { release: string; asOf: string; files: string[] }, rows: number) => ({
    release: r.release,
    asOf: r.asOf,
    files: [...r.files],
    rows,
    importedOn,
  });
  if (t.ptp) out.push({ kind: 'ptp', ...base(t.ptp, t.ptp.rows), data: t.ptp.bytes });
  const oph = t.ptpOutpatient;
  if (oph) out.push({ kind: 'ptpOutpatientHospital', ...base(oph, oph.rows), data: oph.bytes });
  if (t.aoc) out.push({ kind: 'aoc', ...base(t.aoc, t.aoc.rows.size), data: record(t.aoc.rows) });
  for (const m of t.mue) {
    if (m.setting === 'dme') continue;
    const data: Record<string, StoredMueRow> = {};
    for (const [code, r] of m.rows) data[code] = [r.units, r.mai, r.rationale];
    const kind = m.setting === 'practitioner' ? 'muePractitioner' : 'mueOutpatientHospital';
    out.push({ kind, ...base(m, m.rows.size), data });
  }
  if (t.pfs)
    out.push({
      kind: 'pfs',
      ...base(t.pfs, t.pfs.rows.size),
      data: { rows: record(t.pfs.rows), conversionFactor: t.pfs.conversionFactor },
    });
  if (t.gpci) out.push({ kind: 'gpci', ...base(t.gpci, t.gpci.rows.length), data: record(gpciRows(t.gpci.rows)) });
  if (t.localities)
    out.push({
      kind: 'localities',
      ...base(t.localities, t.localities.rows.length),
      data: record(localityRows(t.localities.rows)),
    });
  if (t.opps) out.push({ kind: 'opps', ...base(t.opps, t.opps.rows.size), data: record(t.opps.rows) });
  if (t.hcpcs)
    out.push({
      kind: 'hcpcs',
      ...base(t.hcpcs, t.hcpcs.codes.size),
      modifierRows: t.hcpcs.modifiers.size,
      data: { codes: record(t.hcpcs.codes), modifiers: record(t.hcpcs.modifiers) },
    });
  return out;
}
