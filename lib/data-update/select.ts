/**
 * Which table of each kind the background answers from: the user's imported one or the bundled one,
 * whichever is newer by as-of date. An import of the same release as the bundled table is used (the user
 * chose it); a newer bundled release (after an extension update) wins over an older import, which stays
 * stored but unused until the user reverts or imports again.
 */
import type { DatasetMeta, TableId, TableMeta } from '../dataset/types';
import { type ImportedInfo, KIND_TABLES, type ImportKind } from './imported-table';

/** The as-of date of the bundled tables a kind replaces (the newest of them), or '' when none. */
export function bundledAsOf(meta: DatasetMeta, kind: ImportKind): string {
  return (
    KIND_TABLES[kind]
      .map((id) => meta.tables[id]?.asOf ?? '')
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1) ?? ''
  );
}

/** Imported tables split into those in use and those a newer bundled release supersedes. */
export interface Selection<T extends ImportedInfo = ImportedInfo> {
  used: T[];
  superseded: T[];
}

/** Picks, per kind, the newer of the imported and the bundled table (one record per kind is kept). */
export function selectImported<T extends ImportedInfo>(meta: DatasetMeta, imported: readonly T[]): Selection<T> {
  const newest = new Map<ImportKind, T>();
  for (const t of imported) {
    const prior = newest.get(t.kind);
    if (!prior || t.asOf > prior.asOf || (t.asOf === prior.asOf && t.importedOn >= prior.importedOn))
      newest.set(t.kind, t);
  }
  const out: Selection<T> = { used: [], superseded: [] };
  for (const t of imported) {
    if (newest.get(t.kind) === t && t.asOf >= bundledAsOf(meta, t.kind)) out.used.push(t);
    else out.superseded.push(t);
  }
  return out;
}

/** Titles of the tables an import replaces (the bundled PTP title says "active", an import keeps history). */
const TITLES: Partial<Record<TableId, string>> = {
  ptp: 'NCCI PTP edits, practitioner services',
  // No bundled table to take the title from (lib/dataset/ptp-lookups.ts).
  ptpOutpatientHospital: 'NCCI PTP edits, outpatient hospital services',
};

/** Provenance of a table as the UI and the CLI show it. */
function importedMeta(id: TableId, prior: TableMeta | undefined, t: ImportedInfo, rows: number): TableMeta {
  return {
    id,
    title: TITLES[id] ?? prior?.title ?? id,
    release: t.release,
    asOf: t.asOf,
    file: t.files.join(' + '),
    rows,
    importedOn: t.importedOn,
  };
}

/** A short, stable tag of the imports in use, so the data version changes with every import. */
function importTag(used: readonly ImportedInfo[]): string {
  let h = 5381;
  for (const t of used)
    for (const ch of `${t.kind}|${t.release}|${t.asOf}|${t.importedOn};`) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** `meta` with the provenance of the imports in use (data version, release, as-of and import dates). */
export function metaWithImports(meta: DatasetMeta, used: readonly ImportedInfo[]): DatasetMeta {
  if (used.length === 0) return meta;
  const tables: Partial<Record<TableId, TableMeta>> = { ...meta.tables };
  for (const t of used) {
    if (t.kind === 'hcpcs') {
      tables.hcpcs = importedMeta('hcpcs', meta.tables.hcpcs, t, t.rows);
      tables.hcpcsModifiers = importedMeta('hcpcsModifiers', meta.tables.hcpcsModifiers, t, t.modifierRows ?? 0);
      continue;
    }
    // A full practitioner MUE table replaces both bundled practitioner tables (2024 + 2026 MAI 3 overlay).
    if (t.kind === 'muePractitioner') delete tables.muePractitioner2026;
    tables[t.kind] = importedMeta(t.kind, meta.tables[t.kind], t, t.rows);
  }
  return {
    ...meta,
    datasetVersion: `${meta.datasetVersion}+imported.${importTag(used)}`,
    tables: tables as DatasetMeta['tables'],
  };
}
