/**
 * `build:data --from DIR --out DIR` on CMS release files, then `claimlens --data DIR`: the new values with
 * their release and as-of dates; bad input writes nothing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFromRelease, looksLikeReleaseDir } from '../../../scripts/build-data/from-release';
import { runCli } from '../../helpers/cli';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';

const PTP = resolve(__dirname, '../../fixtures/cms-release/ptp-v322r0');
const RAW = resolve(SHARED_CMS_DIR, '../cms-raw');
const temp: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('build:data from a PTP release in the official layout', () => {
  const from = tmp('claimlens-rel-');
  cpSync(PTP, from, { recursive: true });
  const out = join(tmp('claimlens-out-'), 'data');
  const text = buildFromRelease({ from, out, quiet: true });

  it('names the release read and prints the release diff with counts and examples', () => {
    expect(text).toMatch(/ptp: v322r0, as of 2026-07-01/);
    expect(text).toMatch(/PTP edits added: \d+ \(e\.g\. /);
    expect(text).toMatch(/PTP edits deleted: \d+ \(e\.g\. /);
    expect(text).toMatch(/codes added: \d+/);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta.tables.ptp).toMatchObject({ release: 'NCCI PTP practitioner v322r0', asOf: '2026-07-01' });
    expect(meta.tables.hcpcs.asOf).toBe('2026-01-01'); // not in DIR: the bundled table is kept
  });

  it('check --data --dos honours effective and deletion dates', async () => {
    const on = async (dos: string, ...lines: string[]) =>
      JSON.parse((await runCli('check', '--json', '--data', out, '--dos', dos, ...lines)).out);
    const pairs = (r: { findings: { rule: string; codes: string[] }[] }) =>
      r.findings.filter((f) => f.rule === 'ptp-pair').map((f) => f.codes.join('+'));
    // 64633/0213T: deleted 2025-12-31.
    expect(pairs(await on('2025-12-31', '64633', '0213T'))).toEqual(['64633+0213T']);
    expect(pairs(await on('2026-01-02', '64633', '0213T'))).toEqual([]);
    // 64633/99213: effective 2026-07-01.
    expect(pairs(await on('2026-06-30', '64633', '99213'))).toEqual([]);
    const july = await on('2026-07-01', '64633', '99213');
    expect(pairs(july)).toEqual(['64633+99213']);
    expect(july.findings[0].message).toMatch(/Edit in effect from 2026-07-01\./);
    // 64633/20552: indicator 0 until 2020-12-31, then re-added with indicator 1.
    const old = (await on('2020-06-01', '64633', '20552')).findings.find(
      (f: { rule: string }) => f.rule === 'ptp-pair',
    );
    expect(old).toMatchObject({ modifierIndicator: 0 });
    const now = (await on('2026-08-01', '64633', '20552')).findings.find(
      (f: { rule: string }) => f.rule === 'ptp-pair',
    );
    expect(now).toMatchObject({ modifierIndicator: 1, effective: '2021-01-01' });
    // No "dates unknown" notice once the table has dates.
    expect(july.notices.map((n: { kind: string }) => n.kind)).not.toContain('dates-unknown');
  });

  it('lookup --data shows the new release date on PTP facts', async () => {
    const r = JSON.parse((await runCli('lookup', '64633', '--json', '--data', out)).out);
    expect(r.ptp.asOf).toBe('2026-07-01');
  });
});

describe('bad input writes nothing', () => {
  it.each([
    [
      'mixed releases',
      (d: string) => cpSync(join(d, 'ccipra-v322r0-f2.txt'), join(d, 'ccipra-v321r0-f2.txt')),
      /mixed releases/,
    ],
    [
      'a truncated file',
      (d: string) => {
        const p = join(d, 'ccipra-v322r0-f3.txt');
        const b = readFileSync(p);
        writeFileSync(p, b.subarray(0, b.length - 20));
      },
      /ccipra-v322r0-f3\.txt: truncated/,
    ],
    [
      'a file that is not a CMS file',
      (d: string) => writeFileSync(join(d, 'MCR_MUE_PractitionerServices_Eff_10-01-2026.csv'), 'hello,world\n'),
      /MCR_MUE_PractitionerServices_Eff_10-01-2026\.csv: not an MUE file/,
    ],
  ])('%s', (_, spoil, message) => {
    const from = tmp('claimlens-bad-');
    cpSync(PTP, from, { recursive: true });
    spoil(from);
    const out = join(tmp('claimlens-bad-out-'), 'data');
    expect(() => buildFromRelease({ from, out, quiet: true })).toThrow(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe.skipIf(!HAVE_SHARED_CMS || !existsSync(RAW))('build:data from the real HCPCS January 2026 zip', () => {
  it('lookup --data: G2012 terminated 2024-12-31, A2027 with its 2026 descriptor, XS explained', async () => {
    const from = tmp('claimlens-hcpcs-');
    cpSync(
      join(RAW, 'january-2026-alpha-numeric-hcpcs-file.zip'),
      join(from, 'january-2026-alpha-numeric-hcpcs-file.zip'),
    );
    const out = join(tmp('claimlens-hcpcs-out-'), 'data');
    expect(buildFromRelease({ from, out, quiet: true })).toMatch(/hcpcs: HCPCS 2026 January, as of 2026-01-01/);
    const g = JSON.parse((await runCli('lookup', 'G2012', '--json', '--data', out)).out);
    expect(g).toMatchObject({ status: 'terminated', terminatedOn: '2024-12-31' });
    const a = JSON.parse((await runCli('lookup', 'A2027', '--json', '--data', out)).out);
    expect(a.descriptor.text).toMatch(/^Matriderm, per square centimeter/);
    const xs = JSON.parse((await runCli('lookup', 'XS', '--json', '--data', out)).out);
    expect(xs).toMatchObject({ kind: 'hcpcs-level-ii', short: 'Separate organ/structure' });
  });

  it('the RVU25A zip is refused as older than the bundled RVU25D, and nothing is written', () => {
    const from = tmp('claimlens-rvu-');
    cpSync(join(RAW, 'rvu25a-redacted.zip'), join(from, 'rvu25a-redacted.zip'));
    const out = join(tmp('claimlens-rvu-out-'), 'data');
    expect(() => buildFromRelease({ from, out, quiet: true })).toThrow(/older than the one in use/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('which folder build:data reads as CMS release files', () => {
  it.skipIf(!HAVE_SHARED_CMS)(
    'the digested tables (the default, with opps_addendum_b_2026apr.csv) are not a release folder',
    () => {
      expect(looksLikeReleaseDir(SHARED_CMS_DIR)).toBe(false);
    },
  );

  it('a folder of ccipra files or CMS zips is', () => {
    expect(looksLikeReleaseDir(PTP)).toBe(true);
  });
});
