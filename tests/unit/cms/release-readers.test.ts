/**
 * The CMS release-file readers (lib/cms) on the real files in ../shared/data/cms-raw and on the official-layout
 * fixtures in tests/fixtures/cms-release.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readHcpcsFile } from '../../../lib/cms/hcpcs-file';
import { readMueFile } from '../../../lib/cms/mue-file';
import { readGpciFile, readLocalityFile, readPfsFile } from '../../../lib/cms/pfs-file';
import { readReleaseSet } from '../../../lib/cms/release-set';
import { CmsFileError, decodeCmsText, identifyFile } from '../../../lib/cms/release-file';
import { PtpIndex } from '../../../lib/dataset/ptp-index';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';

const RAW = resolve(SHARED_CMS_DIR, '../cms-raw');
const HAVE_RAW = HAVE_SHARED_CMS && existsSync(RAW);
const PTP_FIXTURES = resolve(__dirname, '../../fixtures/cms-release/ptp-v322r0');
const file = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const ptpSet = () =>
  readdirSync(PTP_FIXTURES)
    .sort()
    .map((n) => file(PTP_FIXTURES, n));
const text = (s: string) => new TextEncoder().encode(s);

describe('file names give table, release and as-of date', () => {
  it.each([
    [
      'medicare-ncci-2026q3-practitioner-ptp-edits-ccipra-v322r0-f1.zip',
      { kind: 'ptp', setting: 'practitioner', release: 'v322r0', asOf: '2026-07-01', part: 1 },
    ],
    [
      'ccioph-v310r0-f4.txt',
      { kind: 'ptp', setting: 'outpatientHospital', release: 'v310r0', asOf: '2025-01-01', part: 4 },
    ],
    ['MCR_MUE_PractitionerServices_Eff_07-01-2026.csv', { kind: 'mue', setting: 'practitioner', asOf: '2026-07-01' }],
    ['MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv', { kind: 'mue', setting: 'dme', asOf: '2026-04-01' }],
    ['AOC_V2026Q3_MCR.csv', { kind: 'aoc', release: 'AOC_V2026Q3', asOf: '2026-07-01' }],
    ['PPRRVU25_JAN.csv', { kind: 'pfs', release: 'RVU25A', asOf: '2025-01-01' }],
    ['PPRRVU2026_Jul_nonQPP.csv', { kind: 'pfs', release: 'RVU26C', asOf: '2026-07-01' }],
    ['GPCI2025.csv', { kind: 'gpci' }],
    ['25LOCCO.csv', { kind: 'locco' }],
    ['HCPC2026_JAN_ANWEB_01122026.txt', { kind: 'hcpcs', release: 'HCPCS 2026 January', asOf: '2026-01-01' }],
    ['April 2026 Web Addendum B.csv', { kind: 'opps' }],
  ])('%s', (name, expected) => {
    expect(identifyFile(name)).toMatchObject(expected);
  });

  it('files CMS ships beside the tables are not tables', () => {
    for (const n of [
      'RVU25A.pdf',
      'HCPC2026_JAN_ANWEB_Corrections_01122026.xlsx',
      'proc_notes_JAN2026.txt',
      'ANES2025.csv',
    ])
      expect(identifyFile(n)).toBeNull();
  });
});

describe('PTP files (official layout)', () => {
  it('a 4-file set reads into one dated table', () => {
    const t = readReleaseSet(ptpSet(), { ptp: '2024-07-01' });
    expect(t.ptp).toMatchObject({ release: 'v322r0', asOf: '2026-07-01', rows: 15 + 2 + 1 + 6 });
    const index = new PtpIndex(t.ptp!.bytes, '2026-07-01');
    expect(index.pair('0001U', '0417U', '2025-01-01')).toMatchObject({
      effective: '2025-01-01',
      deleted: null,
      modifierIndicator: 1,
    });
    expect(index.pair('0001U', '0028U', '2019-01-01')).toBeUndefined();
    expect(index.pair('64633', '0213T', '2025-12-31')?.modifierIndicator).toBe(0);
    expect(index.pair('64633', '0213T', '2026-01-01')).toBeUndefined();
  });

  it.each([
    [
      'mixed releases',
      (s: ReturnType<typeof ptpSet>) => {
        s[1].name = 'ccipra-v321r0-f2.txt';
        return s;
      },
      /mixed releases in one PTP set \(.*f2 is v321r0/,
    ],
    [
      'a missing file',
      (s: ReturnType<typeof ptpSet>) => s.filter((f) => !f.name.includes('-f3')),
      /incomplete: f3 missing/,
    ],
    [
      'a truncated file',
      (s: ReturnType<typeof ptpSet>) => {
        const b = s[3].bytes;
        s[3].bytes = b.subarray(0, b.length - 30);
        return s;
      },
      /ccipra-v322r0-f4\.txt: truncated/,
    ],
    [
      'another layout',
      (s: ReturnType<typeof ptpSet>) => {
        s[2].bytes = text('HCPCS,MOD\n64633,26\n');
        return s;
      },
      /ccipra-v322r0-f3\.txt: not an NCCI PTP edit file/,
    ],
    [
      'an older release than the one in use',
      (s: ReturnType<typeof ptpSet>) => s.map((f) => ({ ...f, name: f.name.replace('v322r0', 'v300r0') })),
      /older than the one in use/,
    ],
  ])('%s: a clear error naming the file', (_, spoil, message) => {
    expect(() => readReleaseSet(spoil(ptpSet()), { ptp: '2024-07-01' })).toThrow(message);
    expect(() => readReleaseSet(spoil(ptpSet()), { ptp: '2024-07-01' })).toThrow(CmsFileError);
  });

  it('a zip of the set reads the same; a zip with no CMS file, or a file of no known kind, is refused', async () => {
    const { zipSync } = await import('fflate');
    const zipped = ptpSet().map((f) => ({
      name: f.name.replace('.txt', '.zip'),
      bytes: zipSync({ [f.name]: f.bytes }),
    }));
    expect(readReleaseSet(zipped, {}).ptp?.rows).toBe(24);
    expect(() => readReleaseSet([{ name: 'stuff.zip', bytes: zipSync({ 'readme.txt': text('hello') }) }], {})).toThrow(
      /stuff\.zip: holds no CMS release file/,
    );
    expect(() => readReleaseSet([{ name: 'notes.txt', bytes: text('hello') }], {})).toThrow(
      /notes\.txt: not a CMS release file/,
    );
    expect(() => readReleaseSet([{ name: 'x.zip', bytes: text('PK not really') }], {})).toThrow(
      /x\.zip: not a readable zip/,
    );
  });
});

describe.skipIf(!HAVE_RAW)('real CMS files (../shared/data/cms-raw)', () => {
  it('MUE practitioner format sample: AMA cell and two-line header skipped, MAI read from its words', () => {
    const name = 'MCR_MUE_PractitionerServices_Eff_07-01-2026.format-sample.csv';
    const rows = readMueFile(name, readFileSync(join(RAW, name), 'utf8'));
    expect(rows.get('0001U')).toEqual({ units: 1, mai: 2, rationale: 'Code Descriptor / CPT Instruction' });
    expect(rows.get('0022U')).toMatchObject({ units: 2, mai: 3 });
    expect(() => readMueFile(name, 'HCPCS,MOD\n1,2\n')).toThrow(/not an MUE file/);
  });

  it('PFS 2026 July format sample (with PRIC IND) and the complete RVU25A zip', () => {
    const s = readPfsFile(
      'PPRRVU2026_Jul_nonQPP.csv',
      readFileSync(join(RAW, 'PPRRVU2026_Jul_nonQPP.format-sample.csv'), 'utf8'),
    );
    expect(s.conversionFactor).toBe(33.4009);
    expect(s.releasedOn).toBe('2026-06-30');
    expect(s.rows.get('00100')?.[0]).toBe('J');
    const zip = unzipSync(new Uint8Array(readFileSync(join(RAW, 'rvu25a-redacted.zip'))));
    const pfs = readPfsFile('PPRRVU25_JAN.csv', decodeCmsText(zip['PPRRVU25_JAN.csv']));
    expect(pfs.conversionFactor).toBe(32.3465);
    expect(pfs.releasedOn).toBe('2024-12-23');
    expect(pfs.rows.size).toBeGreaterThan(15_000);
    expect(pfs.descriptors.size).toBe(0); // REDACTED in this copy: nothing to keep
    const gpci = readGpciFile('GPCI2025.csv', decodeCmsText(zip['GPCI2025.csv']));
    expect(gpci.year).toBe('2025');
    expect(gpci.rows.find((r) => r.mac === '02102')).toMatchObject({ locality: '01', work: 1.5, pe: 1.081, mp: 0.592 });
    const loc = readLocalityFile('25LOCCO.csv', decodeCmsText(zip['25LOCCO.csv']));
    expect(loc.find((r) => r.mac === '02102')).toMatchObject({ locality: '01', state: 'ALASKA', area: 'STATEWIDE' });
    expect(() => readReleaseSet([file(RAW, 'rvu25a-redacted.zip')], { pfs: '2025-10-01' })).toThrow(
      /PPRRVU25_JAN\.csv: this PFS file as of 2025-01-01 is older than the one in use \(as of 2025-10-01\)/,
    );
  });

  it('HCPCS January 2026 zip: codes, continuation lines joined, modifiers, dates', () => {
    const t = readReleaseSet([file(RAW, 'january-2026-alpha-numeric-hcpcs-file.zip')], { hcpcs: '2026-01-01' });
    expect(t.hcpcs).toMatchObject({ release: 'HCPCS 2026 January', asOf: '2026-01-01' });
    expect(t.hcpcs!.codes.size).toBe(8623);
    expect(t.hcpcs!.modifiers.size).toBe(383);
    expect(t.hcpcs!.codes.get('G2012')?.[3]).toBe('2024-12-31');
    expect(t.hcpcs!.codes.get('G2012')?.[0]).toMatch(/^Brief communication .* 5-10 minutes of medical discussion$/);
    expect(t.hcpcs!.modifiers.get('XS')?.[1]).toBe('Separate organ/structure');
    expect(t.ignored.some((n) => n.endsWith('.xlsx'))).toBe(true);
    const line = `${'12345'.padEnd(10)}3${'Some descriptor'.padEnd(80)}${' '.repeat(230)}`;
    expect(() => readHcpcsFile('HCPC2026_JAN_ANWEB_x.txt', line)).toThrow(/CPT code 12345 with descriptor text/);
  });
});
