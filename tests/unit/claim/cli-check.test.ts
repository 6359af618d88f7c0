import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/claimlens';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/claims');

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['check', ...args], {
    out: (s: string) => {
      out += s.endsWith('\n') ? s : `${s}\n`;
    },
    err: (s: string) => {
      err += `${s}\n`;
    },
  });
  return { code, out, err };
}

const json = async (...args: string[]) => {
  const r = await cli('--json', ...args);
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  return JSON.parse(r.out);
};

describe('claimlens check <line>...', () => {
  it('--json 64634: addon-without-primary, with the documented shape', async () => {
    const r = await json('64634');
    expect(r.lines).toEqual([{ code: '64634', modifiers: [], units: 1 }]);
    expect(r.findings.map((f: { rule: string }) => f.rule)).toEqual(['addon-without-primary']);
    const [f] = r.findings;
    expect(f).toMatchObject({ rule: 'addon-without-primary', severity: 'error', codes: ['64634'] });
    expect(typeof f.message).toBe('string');
    expect(f.source[0]).toMatchObject({ table: 'aoc', asOf: '2026-04-01' });
    expect(r.summary).toEqual({ error: 1, warning: 0, info: 0, total: 1 });
  });

  it('--json 64633 64634x2: no error', async () => {
    const r = await json('64633', '64634x2');
    expect(r.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.lines[1]).toEqual({ code: '64634', modifiers: [], units: 2 });
  });

  it('--json 64633 64490: ptp-pair warning with modifier indicator 1; 64490-XS turns it into info', async () => {
    const plain = await json('64633', '64490');
    expect(plain.findings).toEqual([
      expect.objectContaining({
        rule: 'ptp-pair',
        severity: 'warning',
        column1: '64633',
        column2: '64490',
        modifierIndicator: 1,
      }),
    ]);
    const xs = await json('64633', '64490-XS');
    expect(xs.findings).toEqual([
      expect.objectContaining({ rule: 'ptp-pair', severity: 'info', modifierIndicator: 1, bypassedBy: ['XS'] }),
    ]);
  });

  it('--setting outpatient uses the outpatient hospital MUE and reports the skipped PTP check', async () => {
    const r = await json('--setting', 'outpatient', '85025x3');
    expect(r.setting).toBe('outpatientHospital');
    expect(r.findings).toEqual([]);
    expect(r.notChecked.map((n: { rule: string }) => n.rule)).toContain('ptp-pair');
  });

  it('readable table: lines, findings with sources, and no "passes" when nothing is found', async () => {
    const r = await cli('64633-RT', '0213T');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Line\s+Code\s+Modifiers\s+Units/);
    expect(r.out).toMatch(/ERROR\s+ptp-pair\s+64633 \+ 0213T/);
    expect(r.out).toContain('Source: NCCI PTP edits, practitioner services (active), as of 2024-07-01');
    const clean = await cli('64633', '64634');
    expect(clean.out).toContain('No findings from the checks that ran. This is not a guarantee of payment.');
  });

  it.each([
    [['64633', '64490-X'], 'claimlens check: Line 2 "64490-X": modifier "X" must be exactly 2 letters or digits'],
    [['6463'], 'claimlens check: Line 1 "6463": "6463" is not a CPT or HCPCS code'],
    [[], 'claimlens check: no claim lines given'],
    [
      ['--setting', 'inpatient', '64633'],
      'claimlens check: --setting must be practitioner or outpatient, not "inpatient"',
    ],
    [['--bogus', '64633'], 'claimlens check: unknown option "--bogus" for check'],
    [['--csv', join(FIXTURES, 'export-tabs.csv'), '64633'], 'claimlens check: --csv reads the lines from the file'],
  ])('%j → exit 2 with one clear line', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('claimlens check --csv FILE', () => {
  it('--json: per-claim findings with file rows; bad rows listed; exit 1', async () => {
    const r = await cli('--json', '--csv', join(FIXTURES, 'export-mixed.csv'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(
      report.claims.map((c: { claimId: string; dateOfService: string }) => `${c.claimId}@${c.dateOfService}`),
    ).toEqual(['A100@2026-01-05', 'B200@2026-01-06', 'C300@2026-01-07', 'A100@2026-01-06']);
    expect(report.claims[0].lines[0]).toEqual({ code: '64633', modifiers: ['RT'], units: 1, row: 2 });
    expect(report.claims[2].findings[0]).toMatchObject({ rule: 'ptp-pair', severity: 'error', rows: [9, 10] });
    expect(report.badRows.map((b: { row: number }) => b.row)).toEqual([8, 11, 12, 13, 14]);
    expect(report.summary).toMatchObject({ claims: 4, lines: 7, badRows: 5 });
    // Stale-data notices once for the batch, one per table, not repeated on every claim.
    for (const c of report.claims) expect(c).not.toHaveProperty('notices');
    const keys = report.notices.map((n: { table: string; kind: string }) => `${n.table} ${n.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('text: claims with findings, bad rows by row number, sources, totals; exit 0 when every row reads', async () => {
    const r = await cli('--csv', join(FIXTURES, 'export-tabs.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Claim X2 · 2026-01-10 · 92004-50 — 1 error/);
    expect(r.out).toMatch(/ERROR\s+modifier-50-not-allowed\s+92004\s+\(row 4\) \[\d\]\[\d\]\[\d\]:/);
    expect(r.out).toContain('Sources:');
    expect(r.out).toContain('2 claims (claim id + date of service), 3 lines checked');
    const mixed = await cli('--csv', join(FIXTURES, 'export-mixed.csv'));
    expect(mixed.code).toBe(1);
    expect(mixed.out).toContain('row 11: date of service "13/45/2026" is not a date');
    expect(mixed.out).toContain('! Rows 8 of this claim could not be read');
  });

  it('an unusable header or a missing file: exit 2, nothing checked', async () => {
    const header = await cli('--csv', join(FIXTURES, 'export-no-code-column.csv'));
    expect(header).toMatchObject({ code: 2, out: '' });
    expect(header.err).toContain('no code (CPT/HCPCS) column');
    const missing = await cli('--csv', join(FIXTURES, 'nope.csv'));
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('no such file');
  });

  it('a file that is all bad rows reports them, and exits 2 with one line: nothing was checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-check-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Claim ID,DOS,CPT,Units\nA,2026-01-01,ABC,1\n');
    const r = await cli('--json', '--csv', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`claimlens check: none of the 1 rows of "${file}" could be read: nothing was checked\n`);
    expect(JSON.parse(r.out)).toMatchObject({
      claims: [],
      badRows: [{ row: 2, claimId: 'A' }],
      summary: { claims: 0, badRows: 1 },
    });
  });
});

// Spawning tsx takes seconds on a busy machine; the generous limit is a hang guard, not a timing check.
describe('claimlens check as a process', { timeout: 60_000 }, () => {
  it('npx tsx scripts/claimlens.ts check --json 64634 → addon-without-primary, exit 0', () => {
    const p = spawnSync('npx', ['tsx', 'scripts/claimlens.ts', 'check', '--json', '64634'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).findings[0]).toMatchObject({ rule: 'addon-without-primary', codes: ['64634'] });
  });

  it('a malformed line exits 2 with the message on stderr and no stack trace', () => {
    const p = spawnSync('npx', ['tsx', 'scripts/claimlens.ts', 'check', '64633', '64490-X'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr.trim()).toBe('claimlens check: Line 2 "64490-X": modifier "X" must be exactly 2 letters or digits');
  });
});
