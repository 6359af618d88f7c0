/**
 * The dataset artifacts the background answers from: the bundled ones (data/) with the user's imported
 * tables in use (./select.ts) put in their place, and the code index recomposed from the result
 * (lib/dataset/compose-codes.ts, the same rules `build:data --from` follows).
 */
import type { DatasetArtifacts, HcpcsFileRow } from '../dataset/artifacts';
import { composeCodes } from '../dataset/compose-codes';
import { replaceMue, type MueReplacement } from '../dataset/mue-merge';
import type { ImportedTable, ImportedTableOf, StoredMueRow } from './imported-table';
import { metaWithImports, selectImported, type Selection } from './select';

/**
 * HCPCS rows from an import, keeping the project's wording where the bundled row was reworded because CMS's
 * text equals an AMA CPT short descriptor (scripts/build-data/cpt-lookalikes.ts).
 */
function keepRewording(
  imported: Record<string, HcpcsFileRow>,
  bundled: Record<string, HcpcsFileRow>,
): Record<string, HcpcsFileRow> {
  const out: Record<string, HcpcsFileRow> = {};
  for (const [code, row] of Object.entries(imported)) {
    const b = Object.hasOwn(bundled, code) ? bundled[code] : undefined;
    const fields = b?.[4];
    if (!b || !fields?.length) {
      out[code] = row;
      continue;
    }
    out[code] = [
      fields.includes('long') ? b[0] : row[0],
      fields.includes('short') ? b[1] : row[1],
      row[2],
      row[3],
      fields,
    ];
  }
  return out;
}

function mueRows(data: Record<string, StoredMueRow>): MueReplacement['rows'] {
  return Object.entries(data).map(([code, [units, mai, rationale]]) => [code, { units, mai, rationale }]);
}

/** Puts each table in use in place of the bundled artifact (codes and meta are done by the caller). */
function applyTables(a: DatasetArtifacts, used: readonly ImportedTable[]): DatasetArtifacts {
  const out = { ...a };
  const mue: MueReplacement[] = [];
  for (const t of used) {
    if (t.kind === 'ptp') out.ptp = t.data;
    else if (t.kind === 'ptpOutpatientHospital') out.ptpOutpatientHospital = t.data;
    else if (t.kind === 'aoc') out.aoc = { ...a.aoc, rows: t.data };
    else if (t.kind === 'muePractitioner' || t.kind === 'mueOutpatientHospital')
      mue.push({
        setting: t.kind === 'muePractitioner' ? 'practitioner' : 'outpatientHospital',
        table: t.kind,
        rows: mueRows(t.data),
      });
    else if (t.kind === 'pfs') out.pfs = { ...a.pfs, rows: t.data.rows, conversionFactor: t.data.conversionFactor };
    else if (t.kind === 'gpci') out.gpci = { ...a.gpci, rows: t.data };
    else if (t.kind === 'localities') out.localities = { ...a.localities, rows: t.data };
    else if (t.kind === 'opps') out.opps = { ...a.opps, rows: t.data };
    else if (t.kind === 'hcpcs') {
      const h = t as ImportedTableOf<'hcpcs'>;
      out.hcpcs = { ...a.hcpcs, rows: keepRewording(h.data.codes, a.hcpcs.rows) };
      out.modifiers = { ...a.modifiers, rows: keepRewording(h.data.modifiers, a.modifiers.rows) };
    }
  }
  if (mue.length) {
    const { rows, rationales } = replaceMue(a.mue, mue);
    out.mue = { ...a.mue, rows: Object.fromEntries(rows) as typeof a.mue.rows, rationales };
  }
  return out;
}

/** The merged artifacts and which imports are in use. */
export interface MergedDataset extends Selection<ImportedTable> {
  artifacts: DatasetArtifacts;
}

/** Merges the imported tables over the bundled artifacts; with no import in use, returns `bundled` itself. */
export function mergeImported(bundled: DatasetArtifacts, imported: readonly ImportedTable[]): MergedDataset {
  const selection = selectImported(bundled.meta, imported);
  if (selection.used.length === 0) return { ...selection, artifacts: bundled };
  const meta = metaWithImports(bundled.meta, selection.used);
  const parts = applyTables(bundled, selection.used);
  const newest = Object.values(meta.tables)
    .map((t) => t.asOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1) as string;
  const codes = composeCodes(parts, newest);
  return {
    ...selection,
    artifacts: {
      ...parts,
      meta,
      codes: { ...bundled.codes, rows: Object.fromEntries(codes) as DatasetArtifacts['codes']['rows'] },
    },
  };
}
