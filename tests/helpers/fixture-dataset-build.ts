/**
 * Builds the small fixture dataset (tests/fixtures/dataset/) from the committed artifacts in data/: the same
 * files in the same format, holding only the codes the unit and UI tests name, so those tests go through the
 * production loader (scripts/node/load-dataset.ts → lib/dataset/dataset.ts) in milliseconds instead of
 * decoding the 1.67 M-edit PTP table.
 *
 * Every row is copied unchanged from data/; PTP edits are kept when both codes are fixture codes (a code's
 * PTP counts are the fixture's, not the real table's). The
 * fixture's meta.json names each table's real title, release and as-of date (its rows are that table's rows),
 * marks the release as a test-fixture subset and counts the fixture's own rows. It is never bundled or shown
 * to users.
 *
 * Rebuild after `npm run build:data` or after adding a code: `npx tsx tests/helpers/fixture-dataset-build.ts`.
 * tests/unit/dataset/fixture-dataset.test.ts fails when the committed fixture differs from a fresh build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetArtifacts, TableFile } from '../../lib/dataset/artifacts';
import { decodePtp, encodePtp, type PtpRow } from '../../lib/dataset/ptp-codec';
import { encodeKnownCodes, toBase64 } from '../../lib/dataset/known-codes';
import type { DatasetMeta, TableId } from '../../lib/dataset/types';
import { contentHash, stableStringify, tableToJson } from '../../scripts/build-data/write-json';
import { readArtifacts } from '../../scripts/node/load-dataset';
import { FIXTURE_DATASET_DIR } from './fixture-dataset';

/**
 * The codes the tests on the fixture name (claims, pages, popovers, remittances); their add-on codes join them
 * ({@link fixtureCodeSet}). Codes data/ does not know stay unknown here too.
 */
export const FIXTURE_CODES: readonly string[] = [
  ...['0001F', '0001U', '0002M', '00409', '0054T', '01112', '0213T', '0214T', '0215T', '0218T'],
  ...['10060', '11010', '11042', '15150', '15151', '15152', '16000', '20000', '20080', '2029F', '20552', '20553'],
  ...['20610', '20701', '27096', '27447', '33533', '36415', '38220', '63323'],
  ...['64479', '64490', '64491', '64492', '64493', '64495', '64633', '64634', '64635', '64636'],
  ...['73560', '77003', '80053', '80302', '82947', '85025', '87726', '92004', '93000', '96372', '97110'],
  ...['99201', '99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215'],
  ...['99220', '99223', '99281', '99283', '99285', '99291', '99393'],
  ...['A0425', 'A4397', 'G0260', 'G0463', 'G2012', 'J0585', 'J1100', 'J3301', 'J3490', 'J9000', 'J9999'],
  ...['M5416'],
];

const FIXTURE_NOTE = 'test fixture subset';

function subset<Row extends unknown[]>(file: TableFile<Row>, keep: (code: string) => boolean): TableFile<Row> {
  const rows = Object.fromEntries(Object.entries(file.rows).filter(([code]) => keep(code))) as Record<string, Row>;
  return { ...file, rows };
}

/** A table artifact written the way scripts/build-data.ts writes it (one row per line). */
function tableText(file: TableFile<unknown[]>): string {
  const { table, columns, rows, ...extra } = file as TableFile<unknown[]> & Record<string, unknown>;
  return tableToJson({ table, columns, rows: new Map(Object.entries(rows)), extra });
}

/** The PTP edits among fixture codes, as rows for the production encoder. */
function ptpSubset(bytes: Uint8Array, keep: Set<string>): PtpRow[] {
  const { header, offsets, column2, attr } = decodePtp(bytes);
  const out: PtpRow[] = [];
  header.codes.forEach((c1, i) => {
    if (!keep.has(c1)) return;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const c2 = header.codes[column2[e]];
      if (!keep.has(c2)) continue;
      const [mod, rationale, eff, del] = header.attrs.slice(4 * attr[e], 4 * attr[e] + 4);
      out.push({
        column1: c1,
        column2: c2,
        modifierIndicator: mod as PtpRow['modifierIndicator'],
        rationale: header.rationales[rationale],
        effective: header.dates[eff] || null,
        deleted: header.dates[del] || null,
      });
    }
  });
  return out;
}

/** The fixture codes data/ knows, with every add-on code listing one of them as a primary (so `addOnsOf` is real). */
export function fixtureCodeSet(real: DatasetArtifacts): Set<string> {
  const keep = new Set(FIXTURE_CODES.filter((c) => Object.hasOwn(real.codes.rows, c)));
  for (const [addOn, [, primaries]] of Object.entries(real.aoc.rows))
    if (primaries.some(([p]) => FIXTURE_CODES.includes(p)) && Object.hasOwn(real.codes.rows, addOn)) keep.add(addOn);
  return keep;
}

/** The fixture's files (name → content), built from `real` (default: data/). */
export function buildFixtureFiles(real: DatasetArtifacts = readArtifacts()): Record<string, string | Uint8Array> {
  const keep = fixtureCodeSet(real);
  const inSet = (code: string) => keep.has(code);
  const ptpRows = ptpSubset(real.ptp, keep);
  const tables = {
    'codes.json': subset(real.codes, inSet),
    'aoc.json': subset(real.aoc, inSet),
    'mue.json': subset(real.mue, inSet),
    'pfs.json': subset(real.pfs, inSet),
    'opps.json': subset(real.opps, inSet),
    'hcpcs.json': subset(real.hcpcs, inSet),
    // Small tables kept whole: modifiers (383 rows), GPCI and localities (about 110 rows each).
    'modifiers.json': real.modifiers,
    'gpci.json': real.gpci,
    'localities.json': real.localities,
  };
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, file] of Object.entries(tables)) files[name] = tableText(file);
  files['ptp.bin'] = encodePtp(ptpRows);
  const known = encodeKnownCodes(keep);
  files['known-codes.json'] =
    `${stableStringify({ encoding: 'bitmap-v1', count: keep.size, bitmap: toBase64(known.bitmap) })}\n`;
  const rowCount: Partial<Record<TableId, number>> = {
    aoc: Object.keys(tables['aoc.json'].rows).length,
    ptp: ptpRows.length,
    pfs: Object.keys(tables['pfs.json'].rows).length,
    opps: Object.keys(tables['opps.json'].rows).length,
    hcpcs: Object.keys(tables['hcpcs.json'].rows).length,
  };
  for (const [practitioner, outpatient] of Object.values(tables['mue.json'].rows))
    for (const cell of [practitioner, outpatient]) {
      if (!cell) continue;
      const table = cell[3] as TableId;
      rowCount[table] = (rowCount[table] ?? 0) + 1;
    }
  const meta: DatasetMeta = {
    schemaVersion: real.meta.schemaVersion,
    datasetVersion: `fixture.${contentHash(files)}`,
    tables: Object.fromEntries(
      Object.entries(real.meta.tables).map(([id, t]) => [
        id,
        { ...t, release: `${t.release} (${FIXTURE_NOTE})`, rows: rowCount[id as TableId] ?? t.rows },
      ]),
    ) as DatasetMeta['tables'],
  };
  files['meta.json'] = `${stableStringify(meta)}\n`;
  return files;
}

/** Writes the fixture to `out` (default: tests/fixtures/dataset). */
export function writeFixture(out = FIXTURE_DATASET_DIR): void {
  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(buildFixtureFiles())) writeFileSync(join(out, name), content);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeFixture();
