/**
 * `npm run build:data -- --from DIR [--out DIR]` where DIR holds CMS release files as CMS publishes them
 * (zips or extracted files; see lib/cms/release-set.ts). Tables DIR does not hold keep the bundled
 * version (data/). Release and as-of dates come from the files. Nothing is written unless every file
 * reads cleanly. Prints the release diff against the bundled data.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { identifyFile } from '../../lib/cms/release-file';
import { type CmsInputFile, type ReleaseTables, readReleaseSet } from '../../lib/cms/release-set';
import type { DatasetArtifacts, HcpcsFileRow } from '../../lib/dataset/artifacts';
import { replaceMue } from '../../lib/dataset/mue-merge';
import { encodeKnownCodes, toBase64 } from '../../lib/dataset/known-codes';
import type { DatasetMeta, ImportOnlyTableId, TableId } from '../../lib/dataset/types';
import { DATA_DIR, readArtifacts } from '../node/load-dataset';
import { composeCodes } from '../../lib/dataset/compose-codes';
import { CPT_HASH_LIST, readCptHashes, rewordCptLookalikes } from './cpt-lookalikes';
import { gpciJson, localitiesJson } from './locality-tables';
import { formatDiff, releaseDiff } from './release-diff';
import { contentHash, stableStringify, tableToJson } from './write-json';

/** File names of the digested tables (../shared/data/cms, scripts/build-data/sources.ts). */
const DIGESTED = /^(ncci_|hcpcs_level2_|pfs_|opps_addendum_b_\d{4}[a-z]{3}\.csv|opps_status_indicators)/;

/**
 * True when DIR holds CMS release files (zips or files named as CMS names them) and none of the digested
 * tables (whose folder `npm run build:data` reads by default; `opps_addendum_b_2026apr.csv` there is not an
 * Addendum B as CMS publishes it).
 */
export function looksLikeReleaseDir(dir: string): boolean {
  const names = readdirSync(dir);
  if (names.some((n) => DIGESTED.test(n))) return false;
  return names.some((n) => /\.zip$/i.test(n) || identifyFile(n) !== null);
}

function readDir(dir: string): CmsInputFile[] {
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isFile() && !n.startsWith('.'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** HCPCS rows with CMS text equal to a CPT short descriptor reworded (scripts/build-data/cpt-lookalikes.ts). */
function reworded(rows: Map<string, HcpcsFileRow>): Map<string, unknown[]> {
  const hashes = readCptHashes(resolve(import.meta.dirname, '../..', CPT_HASH_LIST));
  const m = new Map([...rows].map(([c, r]) => [c, { long: r[0], short: r[1], row: r }]));
  rewordCptLookalikes(m as never, hashes);
  return new Map(
    [...m].map(([c, x]) => {
      const r = x as unknown as { long: string; short: string; reworded?: string[]; row: HcpcsFileRow };
      const base = [r.long, r.short, r.row[2], r.row[3]];
      return [c, r.reworded ? [...base, r.reworded] : base];
    }),
  );
}

/** mue.json from the bundled cells and the new MUE tables (DME MUEs are not in the dataset). */
function mueJson(base: DatasetArtifacts, t: ReleaseTables): string {
  const { rows, rationales } = replaceMue(
    base.mue,
    t.mue.flatMap((m) =>
      m.setting === 'dme'
        ? []
        : [
            {
              setting: m.setting,
              table: (m.setting === 'practitioner' ? 'muePractitioner' : 'mueOutpatientHospital') as TableId,
              rows: m.rows,
            },
          ],
    ),
  );
  return tableToJson({
    table: 'mue',
    columns: ['practitioner', 'outpatientHospital'],
    rows: rows as Map<string, unknown[]>,
    extra: { cell: ['units', 'mai', 'rationaleIndex', 'table', 'rationaleTable'], rationales },
  });
}

/** Builds and writes; returns the diff text. Throws (nothing written) on any bad file. */
export function buildFromRelease(opts: { from: string; out: string; quiet?: boolean }): string {
  const base = readArtifacts(DATA_DIR);
  const bm = base.meta.tables;
  const t = readReleaseSet(readDir(opts.from), {
    ptp: bm.ptp.asOf,
    aoc: bm.aoc.asOf,
    pfs: bm.pfs.asOf,
    opps: bm.opps.asOf,
    hcpcs: bm.hcpcs.asOf,
    mue: bm.muePractitioner2026?.asOf ?? bm.muePractitioner.asOf,
    mueOutpatientHospital: bm.mueOutpatientHospital.asOf,
  });
  const raw = (name: string) => readFileSync(join(DATA_DIR, name));
  const files: Record<string, string | Uint8Array> = {};
  for (const n of ['aoc', 'mue', 'pfs', 'opps', 'hcpcs', 'modifiers', 'gpci', 'localities'])
    files[`${n}.json`] = raw(`${n}.json`).toString('utf8');
  files['ptp.bin'] = new Uint8Array(raw('ptp.bin'));
  const meta: DatasetMeta = JSON.parse(JSON.stringify(base.meta));
  const replaced = new Set<string>();
  const set = (
    id: Exclude<TableId, ImportOnlyTableId>,
    r: { release: string; asOf: string; files: string[] },
    rows: number,
  ) => {
    meta.tables[id] = { ...meta.tables[id], id, release: r.release, asOf: r.asOf, file: r.files.join(' + '), rows };
  };
  if (t.ptp) {
    files['ptp.bin'] = t.ptp.bytes;
    set('ptp', { ...t.ptp, release: `NCCI PTP practitioner ${t.ptp.release}` }, t.ptp.rows);
    meta.tables.ptp.title = 'NCCI PTP edits, practitioner services';
    replaced.add('ptp');
  }
  if (t.mue.some((m) => m.setting !== 'dme')) {
    files['mue.json'] = mueJson(base, t);
    for (const m of t.mue) {
      if (m.setting === 'dme') continue;
      set(m.setting === 'practitioner' ? 'muePractitioner' : 'mueOutpatientHospital', m, m.rows.size);
      if (m.setting === 'practitioner') delete (meta.tables as Partial<DatasetMeta['tables']>).muePractitioner2026;
    }
    replaced.add('mue');
  }
  if (t.aoc) {
    files['aoc.json'] = tableToJson({
      table: 'aoc',
      columns: ['editType', 'primaries', 'notes', 'effective', 'deletedOn'],
      rows: t.aoc.rows as Map<string, unknown[]>,
    });
    set('aoc', t.aoc, t.aoc.rows.size);
    replaced.add('aoc');
  }
  if (t.pfs) {
    files['pfs.json'] = tableToJson({
      table: 'pfs',
      columns: base.pfs.columns,
      rows: t.pfs.rows as Map<string, unknown[]>,
      extra: { conversionFactor: t.pfs.conversionFactor },
    });
    set('pfs', t.pfs, t.pfs.rows.size);
  }
  if (t.gpci) {
    files['gpci.json'] = gpciJson(t.gpci.rows);
    set('gpci', t.gpci, t.gpci.rows.length);
  }
  if (t.localities) {
    files['localities.json'] = localitiesJson(t.localities.rows);
    set('localities', t.localities, t.localities.rows.length);
  }
  if (t.opps) {
    files['opps.json'] = tableToJson({
      table: 'opps',
      columns: ['statusIndicator', 'paymentRate'],
      rows: t.opps.rows as Map<string, unknown[]>,
      extra: { legend: base.opps.legend },
    });
    set('opps', t.opps, t.opps.rows.size);
  }
  if (t.hcpcs) {
    const columns = ['long', 'short', 'addedOn', 'terminatedOn', 'reworded'];
    files['hcpcs.json'] = tableToJson({ table: 'hcpcs', columns, rows: reworded(t.hcpcs.codes) });
    files['modifiers.json'] = tableToJson({ table: 'hcpcsModifiers', columns, rows: reworded(t.hcpcs.modifiers) });
    set('hcpcs', t.hcpcs, t.hcpcs.codes.size);
    set('hcpcsModifiers', t.hcpcs, t.hcpcs.modifiers.size);
  }
  const parsed = (n: string) => JSON.parse(files[`${n}.json`] as string);
  const parts = {
    aoc: parsed('aoc'),
    mue: parsed('mue'),
    pfs: parsed('pfs'),
    opps: parsed('opps'),
    hcpcs: parsed('hcpcs'),
    modifiers: parsed('modifiers'),
    gpci: parsed('gpci'),
    localities: parsed('localities'),
    ptp: files['ptp.bin'] as Uint8Array,
  };
  const newest = Object.values(meta.tables)
    .map((x) => x.asOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1) as string;
  const codes = composeCodes(parts, newest);
  files['codes.json'] = tableToJson({
    table: 'codes',
    columns: ['system', 'status', 'terminatedOn', 'tables'],
    rows: codes,
  });
  const known = encodeKnownCodes(codes.keys());
  if (known.rejected.length) throw new Error(`Codes of an unexpected shape: ${known.rejected.slice(0, 10).join(', ')}`);
  files['known-codes.json'] =
    `${stableStringify({ encoding: 'bitmap-v1', count: codes.size, bitmap: toBase64(known.bitmap) })}\n`;
  meta.datasetVersion = `${newest}.${contentHash(files)}`;
  files['meta.json'] = `${stableStringify(meta)}\n`;
  const after = {
    ...parts,
    meta,
    codes: { table: 'codes', columns: [], rows: Object.fromEntries(codes) },
  } as unknown as DatasetArtifacts;
  const diff = formatDiff(releaseDiff(base, after, replaced));
  mkdirSync(opts.out, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(opts.out, name), content);
  const summary = [
    ...Object.entries({
      ptp: t.ptp,
      ptpOutpatient: t.ptpOutpatient,
      aoc: t.aoc,
      pfs: t.pfs,
      gpci: t.gpci,
      localities: t.localities,
      opps: t.opps,
      hcpcs: t.hcpcs,
    })
      .filter(([, v]) => v)
      .map(
        ([k, v]) =>
          `  ${k}: ${(v as { release: string }).release}, as of ${(v as { asOf: string }).asOf}${k === 'ptpOutpatient' ? ' (read and checked; the dataset has no outpatient PTP table, so it is not used)' : ''}`,
      ),
    ...t.mue.map(
      (m) =>
        `  MUE ${m.setting}: as of ${m.asOf}${m.setting === 'dme' ? ' (read and checked; DME MUEs are not in the dataset)' : ''}`,
    ),
  ];
  const text = [`Read from ${opts.from}:`, ...summary, `Written to ${opts.out}.`, diff].join('\n');
  if (!opts.quiet) console.log(text);
  return text;
}
