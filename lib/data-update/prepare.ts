/**
 * One in-extension update: read the files the user picked with the same readers the build uses
 * (lib/cms/release-set.ts), refuse anything wrong naming the file, and return the tables to store. Runs in
 * the options page's worker (entrypoints/options/data-update.worker.ts); nothing is stored here.
 */
import { CmsFileError } from '../cms/release-file';
import { type CmsInputFile, type Progress, readReleaseSet, type ReleaseTables } from '../cms/release-set';
import type { DatasetMeta } from '../dataset/types';
import { type ImportedTable, toImportedTables } from './imported-table';
import { bundledAsOf } from './select';

/** What an update read, before it is stored. */
export interface PreparedUpdate {
  tables: ImportedTable[];
  /** CPT short descriptors the PFS file carried ([code, text]); stored only if the user chooses to keep them. */
  descriptors: [code: string, text: string][];
  /** One line per table read, for the user ("NCCI PTP v322r0, as of 2026-07-01: 2,612,345 edits"). */
  summary: string[];
  /** Files read and checked but not used, and files inside zips ClaimLens does not read. */
  notes: string[];
}

const LABELS: Record<ImportedTable['kind'], string> = {
  ptp: 'NCCI PTP edits, practitioner',
  ptpOutpatientHospital: 'NCCI PTP edits, outpatient hospital',
  aoc: 'NCCI add-on code edits',
  muePractitioner: 'MUE, practitioner',
  mueOutpatientHospital: 'MUE, outpatient hospital',
  pfs: 'PFS relative values',
  gpci: 'PFS GPCIs',
  localities: 'PFS localities',
  opps: 'OPPS Addendum B',
  hcpcs: 'HCPCS Level II',
};

function notesOf(t: ReleaseTables): string[] {
  const notes: string[] = [];
  for (const m of t.mue)
    if (m.setting === 'dme') notes.push(`DME MUEs (${m.files[0]}) were read and checked; ClaimLens does not use them.`);
  if (t.ignored.length) notes.push(`Not read (not a table ClaimLens uses): ${t.ignored.slice(0, 5).join(', ')}.`);
  return notes;
}

/**
 * Reads and checks a file set against the tables in use (`meta`: bundled, with earlier imports applied).
 * @throws {@link CmsFileError} naming the file and the problem; nothing is returned, so nothing is stored.
 */
export function prepareUpdate(
  files: readonly CmsInputFile[],
  meta: DatasetMeta,
  importedOn: string,
  onProgress?: Progress,
): PreparedUpdate {
  if (files.length === 0) throw new CmsFileError('(no file)', 'pick the files you downloaded from CMS');
  const t = readReleaseSet(
    files,
    {
      ptp: bundledAsOf(meta, 'ptp'),
      ptpOutpatientHospital: bundledAsOf(meta, 'ptpOutpatientHospital'),
      aoc: bundledAsOf(meta, 'aoc'),
      pfs: bundledAsOf(meta, 'pfs'),
      opps: bundledAsOf(meta, 'opps'),
      hcpcs: bundledAsOf(meta, 'hcpcs'),
      mue: bundledAsOf(meta, 'muePractitioner'),
      mueOutpatientHospital: bundledAsOf(meta, 'mueOutpatientHospital'),
    },
    onProgress,
  );
  const tables = toImportedTables(t, importedOn);
  if (tables.length === 0)
    throw new CmsFileError(
      files.map((f) => f.name).join(', '),
      'holds no table ClaimLens uses (PTP practitioner or outpatient hospital, MUE, AOC, PFS, OPPS Addendum B, HCPCS)',
    );
  return {
    tables,
    descriptors: [...(t.pfs?.descriptors ?? [])],
    summary: tables.map(
      (x) => `${LABELS[x.kind]}: CMS release ${x.release}, as of ${x.asOf}, ${x.rows.toLocaleString('en-US')} rows`,
    ),
    notes: notesOf(t),
  };
}
