/**
 * Turns the CMS source tables into the committed artifacts under data/.
 *
 *   npm run build:data -- [--from DIR] [--out DIR] [--table id:file:release:YYYY-MM-DD ...]
 *
 * Deterministic: the same inputs give byte-identical outputs (sorted keys, no timestamps).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SOURCES, HCPCS_DESCRIPTIONS_FILE, applyOverrides, type SourceSpec } from './build-data/sources';
import {
  readAoc,
  readHcpcs,
  readHcpcsModifiers,
  readMue2024,
  readMue2026Mai3,
  readOpps,
  readOppsLegend,
  readPfs,
  readPtp,
  readText,
  PFS_COLUMNS,
} from './build-data/read-tables';
import { contentHash, tableToJson, stableStringify } from './build-data/write-json';
import { gpciJson, localitiesJson } from './build-data/locality-tables';
import { readGpciFile, readLocalityFile } from '../lib/cms/pfs-file';
import { encodePtp } from '../lib/dataset/ptp-codec';
import { encodeKnownCodes, toBase64 } from '../lib/dataset/known-codes';
import { assembleCodes } from './build-data/assemble-codes';
import { assembleMue } from './build-data/assemble-mue';
import { CPT_HASH_LIST, readCptHashes, rewordCptLookalikes } from './build-data/cpt-lookalikes';
import { SCHEMA_VERSION } from '../lib/dataset/schema-version';
import type { DatasetMeta, TableId, TableMeta } from '../lib/dataset/types';

export interface BuildOptions {
  from: string;
  out: string;
  overrides: string[];
  quiet?: boolean;
}

/** Builds every artifact; returns the file names written and their sizes. */
export function buildData({ from, out, overrides, quiet }: BuildOptions): Record<string, number> {
  const sources = applyOverrides(DEFAULT_SOURCES, overrides);
  const spec = (id: TableId): SourceSpec => sources.find((s) => s.id === id)!;
  const text = (id: TableId) => readText(from, spec(id).file);
  const rowsRead: Partial<Record<TableId, number>> = {};

  const aoc = readAoc(text('aoc'), spec('aoc').asOf);
  const ptp = readPtp(text('ptp'));
  const mueP = readMue2024(text('muePractitioner'));
  const mueP26 = readMue2026Mai3(text('muePractitioner2026'));
  const mueO = readMue2024(text('mueOutpatientHospital'));
  const pfs = readPfs(text('pfs'));
  const opps = readOpps(text('opps'));
  const legend = readOppsLegend(text('oppsLegend'));
  const hcpcs = readHcpcs(text('hcpcs'), readText(from, HCPCS_DESCRIPTIONS_FILE));
  const modifiers = readHcpcsModifiers(text('hcpcsModifiers'));
  const gpci = readGpciFile(spec('gpci').file, text('gpci'));
  const localities = readLocalityFile(spec('localities').file, text('localities'));
  const cptHashes = readCptHashes(resolve(import.meta.dirname, '..', CPT_HASH_LIST));
  rewordCptLookalikes(hcpcs.rows, cptHashes);
  rewordCptLookalikes(modifiers.rows, cptHashes);
  Object.assign(rowsRead, {
    aoc: aoc.read,
    ptp: ptp.read,
    muePractitioner: mueP.read,
    muePractitioner2026: mueP26.read,
    mueOutpatientHospital: mueO.read,
    pfs: pfs.read,
    opps: opps.read,
    oppsLegend: legend.read,
    hcpcs: hcpcs.read,
    hcpcsModifiers: modifiers.read,
    gpci: gpci.rows.length,
    localities: localities.length,
  });

  const newestAsOf = sources
    .map((s) => s.asOf)
    .sort()
    .at(-1)!;
  const codes = assembleCodes({
    aoc: aoc.rows,
    ptp: ptp.rows,
    mueP: mueP.rows,
    mueP26: mueP26.rows,
    mueO: mueO.rows,
    pfsCodes: pfs.allCodes,
    opps: opps.rows,
    hcpcs: hcpcs.rows,
    statusAsOf: newestAsOf,
  });
  const mue = assembleMue(mueP.rows, mueP26.rows, mueO.rows);

  const files: Record<string, string | Uint8Array> = {
    'codes.json': tableToJson({
      table: 'codes',
      columns: ['system', 'status', 'terminatedOn', 'tables'],
      rows: codes.rows,
    }),
    'aoc.json': tableToJson({
      table: 'aoc',
      columns: ['editType', 'primaries', 'notes', 'effective', 'deletedOn'],
      rows: new Map([...aoc.rows].map(([c, r]) => [c, [r.type, r.primaries, r.notes, r.effective, r.deletedOn]])),
    }),
    'mue.json': tableToJson({
      table: 'mue',
      columns: ['practitioner', 'outpatientHospital'],
      rows: mue.rows,
      extra: { cell: ['units', 'mai', 'rationaleIndex', 'table', 'rationaleTable'], rationales: mue.rationales },
    }),
    'pfs.json': tableToJson({
      table: 'pfs',
      columns: PFS_COLUMNS,
      rows: pfs.rows,
      extra: { conversionFactor: pfs.conversionFactor },
    }),
    'gpci.json': gpciJson(gpci.rows),
    'localities.json': localitiesJson(localities),
    'opps.json': tableToJson({
      table: 'opps',
      columns: ['statusIndicator', 'paymentRate'],
      rows: opps.rows,
      extra: { legend: Object.fromEntries(legend.rows) },
    }),
    'hcpcs.json': tableToJson({
      table: 'hcpcs',
      columns: ['long', 'short', 'addedOn', 'terminatedOn', 'reworded'],
      rows: new Map(
        [...hcpcs.rows].map(([c, r]) => [
          c,
          r.reworded
            ? [r.long, r.short, r.addedOn, r.terminatedOn, r.reworded]
            : [r.long, r.short, r.addedOn, r.terminatedOn],
        ]),
      ),
    }),
    'modifiers.json': tableToJson({
      table: 'hcpcsModifiers',
      columns: ['long', 'short', 'addedOn', 'terminatedOn', 'reworded'],
      rows: new Map(
        [...modifiers.rows].map(([m, r]) => [
          m,
          r.reworded
            ? [r.long, r.short, r.addedOn, r.terminatedOn, r.reworded]
            : [r.long, r.short, r.addedOn, r.terminatedOn],
        ]),
      ),
    }),
    'ptp.bin': encodePtp(ptp.rows),
  };
  const known = encodeKnownCodes(codes.rows.keys());
  if (known.rejected.length) throw new Error(`Codes of an unexpected shape: ${known.rejected.slice(0, 10).join(', ')}`);
  files['known-codes.json'] =
    `${stableStringify({ encoding: 'bitmap-v1', count: codes.rows.size, bitmap: toBase64(known.bitmap) })}\n`;

  const tables = Object.fromEntries(
    sources.map((s): [TableId, TableMeta] => [
      s.id,
      {
        id: s.id,
        title: s.title,
        release: s.release,
        asOf: s.asOf,
        file: s.id === 'hcpcs' ? `${s.file} + ${HCPCS_DESCRIPTIONS_FILE}` : s.file,
        rows: rowsRead[s.id] ?? 0,
      },
    ]),
  ) as Record<TableId, TableMeta>;
  const meta: DatasetMeta = {
    schemaVersion: SCHEMA_VERSION,
    datasetVersion: `${newestAsOf}.${contentHash(files)}`,
    tables,
  };
  files['meta.json'] = `${stableStringify(meta)}\n`;

  mkdirSync(out, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(out, name), content);
    sizes[name] = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (!quiet) {
      const gz = gzipSync(content).byteLength;
      console.log(
        `${name.padEnd(18)} ${(sizes[name] / 1024).toFixed(0).padStart(7)} KB raw ${(gz / 1024).toFixed(0).padStart(6)} KB gzip`,
      );
    }
  }
  if (!quiet) {
    console.log(
      `codes ${codes.rows.size}, add-on codes ${aoc.rows.size} (skipped ${aoc.skipped} rows), PTP edits ${ptp.rows.length} (skipped ${ptp.skipped}), MUE practitioner ${mue.counts.practitioner} (2026 overlay ${mue.counts.overlaid}), outpatient ${mue.counts.outpatientHospital}`,
    );
  }
  return sizes;
}

function parseArgs(argv: string[]): BuildOptions {
  const opts: BuildOptions = { from: resolve('../shared/data/cms'), out: resolve('data'), overrides: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--from') opts.from = resolve(next());
    else if (a === '--out') opts.out = resolve(next());
    else if (a === '--table') opts.overrides.push(next());
    else
      throw new Error(
        `Unknown option ${a}. Usage: build-data [--from DIR] [--out DIR] [--table id:file:release:YYYY-MM-DD]`,
      );
  }
  return opts;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-data.ts')) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    // A folder of CMS release files (zips, ccipra-…, MCR_MUE_…, PPRRVU…, HCPC…) is read by lib/cms;
    // the digested tables of ../shared/data/cms by the readers in scripts/build-data/read-tables.ts.
    const { looksLikeReleaseDir, buildFromRelease } = await import('./build-data/from-release');
    if (looksLikeReleaseDir(opts.from)) {
      if (opts.overrides.length) throw new Error('--table applies to digested tables, not to CMS release files');
      buildFromRelease({ from: opts.from, out: opts.out });
    } else buildData(opts);
  } catch (e) {
    console.error(`build-data: ${(e as Error).message}`);
    process.exit(2);
  }
}
