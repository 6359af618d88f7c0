/**
 * Imported outpatient hospital PTP edits (`ccioph-…`): kept like the practitioner import (provenance, one
 * record, revert, all-or-nothing) and used by the claim check in the outpatient hospital setting only.
 *
 * The outpatient set is made from the official-layout practitioner fixtures (tests/fixtures/cms-release: the
 * CMS format sample of ../shared/data/cms-raw plus synthetic rows), renamed `ccioph-…` (CMS uses the same
 * layout) with one synthetic change, 64633/64490 at modifier indicator 0, so each test can tell which table
 * answered. It is not a CMS edit.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedTables } from '../../../lib/background/answer';
import { checkClaim, parseClaimLines } from '../../../lib/claim';
import { formatSource } from '../../../lib/claim/format-source';
import type { CmsInputFile } from '../../../lib/cms/release-set';
import { createDataset } from '../../../lib/dataset/dataset';
import { mergeImported } from '../../../lib/data-update/merge';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { runUpdate } from '../../../lib/data-update/run-update';
import { type DataStore, openDataStore } from '../../../lib/data-update/store';
import { writeSyntheticPtpRelease } from '../../../scripts/bench/cms-release-bench';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const DIR = resolve(__dirname, '../../fixtures/cms-release/ptp-v322r0');
const ptpSet = (): CmsInputFile[] =>
  readdirSync(DIR)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const ophSet = (release = 'v322r0'): CmsInputFile[] =>
  ptpSet().map((f) => {
    const text = new TextDecoder().decode(f.bytes);
    return {
      name: f.name.replace('ccipra-v322r0', `ccioph-${release}`),
      bytes: new TextEncoder().encode(text.replace('64633\t64490\t\t20130101\t*\t1', '64633\t64490\t\t20130101\t*\t0')),
    };
  });
const bundled = fixtureArtifacts();
const IMPORTED_ON = '2026-12-03';
const withOph = () => mergeImported(bundled, prepareUpdate(ophSet(), bundled.meta, IMPORTED_ON).tables);
const check = (ds: ReturnType<typeof createDataset>, setting: 'practitioner' | 'outpatientHospital', on: string) =>
  checkClaim(parseClaimLines(['64633', '64490', '0213T']), ds, { setting, dateOfService: on });

describe('an imported outpatient hospital PTP set', () => {
  it('is kept with its release, as-of date, files and rows, and named in the summary', () => {
    const p = prepareUpdate([...ptpSet(), ...ophSet()], bundled.meta, IMPORTED_ON);
    const oph = p.tables.find((t) => t.kind === 'ptpOutpatientHospital');
    expect(oph).toMatchObject({ release: 'v322r0', asOf: '2026-07-01', rows: 24, importedOn: IMPORTED_ON });
    expect(oph?.files).toEqual(['f1', 'f2', 'f3', 'f4'].map((f) => `ccioph-v322r0-${f}.txt`));
    expect(oph?.data).toBeInstanceOf(Uint8Array);
    expect(p.summary).toContain('NCCI PTP edits, outpatient hospital: CMS release v322r0, as of 2026-07-01, 24 rows');
    expect(p.notes.join(' ')).not.toMatch(/outpatient/i);
  });

  it('answers outpatient hospital claims, by date of service, naming the imported table', () => {
    const { artifacts, used } = withOph();
    expect(used.map((t) => t.kind)).toEqual(['ptpOutpatientHospital']);
    const ds = createDataset(artifacts);
    const r = check(ds, 'outpatientHospital', '2026-12-03');
    expect(r.notChecked.map((n) => n.rule)).not.toContain('ptp-pair');
    const pair = r.findings.find((f) => f.rule === 'ptp-pair');
    expect(pair).toMatchObject({ severity: 'error', codes: ['64633', '64490'], modifierIndicator: 0 });
    expect(formatSource(pair!.source[0])).toBe(
      'NCCI PTP edits, outpatient hospital services, CMS release v322r0, as of 2026-07-01, imported by you on 2026-12-03',
    );
    // 64633/0213T was deleted 2025-12-31 in this release: in effect on an earlier date of service only.
    expect(r.findings.some((f) => f.rule === 'ptp-pair' && f.codes.includes('0213T'))).toBe(false);
    const earlier = check(ds, 'outpatientHospital', '2025-06-01');
    expect(earlier.findings.some((f) => f.rule === 'ptp-pair' && f.codes.includes('0213T'))).toBe(true);
    // The tables checked, each with its as-of date: the outpatient PTP table between AOC and the MUEs.
    expect(checkedTables(ds, 'outpatientHospital').map((t) => [t.table, t.asOf])).toEqual([
      ['aoc', bundled.meta.tables.aoc.asOf],
      ['ptpOutpatientHospital', '2026-07-01'],
      ['mueOutpatientHospital', bundled.meta.tables.mueOutpatientHospital.asOf],
    ]);
    expect(r.notices.map((n) => n.table)).not.toContain('ptp');
  });

  it('leaves the practitioner setting exactly as it was', () => {
    const ds = createDataset(withOph().artifacts);
    const plain = createDataset(bundled);
    for (const on of ['2024-09-01', '2026-12-03']) {
      const a = check(ds, 'practitioner', on);
      const b = check(plain, 'practitioner', on);
      expect(a).toEqual(b);
    }
    expect(checkedTables(ds, 'practitioner')).toEqual(checkedTables(plain, 'practitioner'));
    expect(ds.ptpPair('64633', '64490')).toEqual(plain.ptpPair('64633', '64490'));
    expect(plain.ptpFor('outpatientHospital')).toBeUndefined();
    expect(checkedTables(plain, 'outpatientHospital').map((t) => t.table)).toEqual(['aoc', 'mueOutpatientHospital']);
  });

  it('a full synthetic release of each setting (the bench generator) imports as two tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-oph-'));
    try {
      writeSyntheticPtpRelease(2000, dir);
      writeSyntheticPtpRelease(2000, dir, 'ccioph');
      const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
      const p = prepareUpdate(files, bundled.meta, IMPORTED_ON);
      expect(p.tables.map((t) => [t.kind, t.release, t.rows])).toEqual([
        ['ptp', 'v322r0', 2000],
        ['ptpOutpatientHospital', 'v322r0', 2000],
      ]);
      const ds = createDataset(mergeImported(bundled, p.tables).artifacts);
      expect(ds.ptpFor('outpatientHospital')?.source.table).toBe('ptpOutpatientHospital');
      expect(ds.source('ptp').release).toBe('v322r0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stored, reverted, and bad input', () => {
  let open: DataStore[] = [];
  const store = async () => {
    const s = await openDataStore(indexedDB);
    open.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of open) s.close();
    open = [];
    await new Promise((done) => {
      const del = indexedDB.deleteDatabase('claimlens-data');
      del.onsuccess = del.onerror = del.onblocked = done;
    });
  });
  const update = (s: DataStore, files: CmsInputFile[]) =>
    runUpdate({ files, store: s, bundled: bundled.meta, importedOn: IMPORTED_ON, keepDescriptors: false });

  it('is stored and read back; Revert removes it with the other imports', async () => {
    const s = await store();
    expect(await update(s, [...ptpSet(), ...ophSet()])).toMatchObject({ ok: true });
    expect((await (await store()).list()).map((t) => [t.kind, t.release, t.rows]).sort()).toEqual([
      ['ptp', 'v322r0', 24],
      ['ptpOutpatientHospital', 'v322r0', 24],
    ]);
    const ds = createDataset(mergeImported(bundled, await s.all()).artifacts);
    expect(ds.ptpFor('outpatientHospital')?.source.importedOn).toBe(IMPORTED_ON);
    await s.clear();
    expect(await s.all()).toEqual([]);
    expect(createDataset(mergeImported(bundled, await s.all()).artifacts).ptpFor('outpatientHospital')).toBeUndefined();
  });

  const spoilt: [string, () => CmsInputFile[], RegExp][] = [
    ['an incomplete outpatient set', () => [...ptpSet(), ...ophSet().slice(0, 3)], /f4 missing/],
    [
      'a truncated outpatient file beside a good practitioner set',
      () => [...ptpSet(), ...ophSet().map((f, i) => (i === 2 ? { ...f, bytes: f.bytes.subarray(0, 300) } : f))],
      /^ccioph-v322r0-f3\.txt: /,
    ],
    [
      'an outpatient release older than the imported one in use',
      () => ophSet('v321r0'),
      /^ccioph-v321r0-f1\.txt: PTP v321r0 as of 2026-04-01 is older than the one in use \(as of 2026-07-01\)/,
    ],
  ];

  it.each(spoilt)('%s: refused naming the file, nothing changes', async (_, files, message) => {
    const s = await store();
    await update(s, ophSet());
    const before = await s.all();
    const outcome = await update(s, files());
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toMatch(message);
    expect(await s.all()).toEqual(before);
  });

  it('a damaged outpatient record (rows not binary) is skipped when read', async () => {
    const s = await store();
    const [oph] = prepareUpdate(ophSet(), bundled.meta, IMPORTED_ON).tables;
    await s.put([{ ...oph, data: { rows: 1 } } as never]);
    expect(await s.all()).toEqual([]);
  });
});
