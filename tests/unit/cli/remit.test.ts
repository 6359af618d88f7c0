import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimlens, runCli } from '../../helpers/cli';

const FIX = 'tests/fixtures/remit';
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-remit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('claimlens remit --json', () => {
  it('prints the documented shape: claims with lines, adjustments (meaning, cause) and remarks, and a summary', async () => {
    const { code, out, err } = await runCli('remit', `${FIX}/facet-denials.835`, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['claims', 'summary']);
    const line = report.claims[0].lines[2];
    expect(Object.keys(line)).toEqual([
      'code',
      'modifiers',
      'units',
      'charge',
      'paid',
      'dateOfService',
      'adjustments',
      'remarks',
    ]);
    expect(line).toMatchObject({
      code: '77003',
      modifiers: [],
      units: 1,
      charge: 310,
      paid: 0,
      dateOfService: '2026-11-02',
    });
    expect(Object.keys(line.adjustments[0])).toEqual(['group', 'reason', 'amount', 'meaning', 'cause']);
    expect(Object.keys(line.adjustments[0].cause)).toEqual(['rule', 'codes', 'detail']);
    expect(line.adjustments[0].cause.rule).toBe('ptp-pair');
    expect(line.remarks).toEqual([{ code: 'M80', meaning: expect.any(String) }]);
    expect(report.claims[1].lines[0].adjustments[0].cause.rule).toBe('mue-exceeded');
    expect(report.summary).toMatchObject({
      claims: 7,
      lines: 9,
      totalCharge: 5475,
      totalPaid: 1116.45,
      problemCount: 0,
      causes: { 'ptp-pair': 2, 'mue-exceeded': 1, 'addon-without-primary': 1, 'terminated-code': 1 },
    });
    expect(report.summary.sources.reasonCodeList).toBe('https://x12.org/codes/claim-adjustment-reason-codes');
    expect(out).not.toMatch(/DOE|JANE/);
  });

  it('gives the same report for the same claims written with other separators', async () => {
    const a = JSON.parse((await runCli('remit', `${FIX}/facet-denials.835`, '--json')).out);
    const b = JSON.parse((await runCli('remit', `${FIX}/wrapped-pipes.835`, '--json')).out);
    expect(b).toEqual(a);
  });

  it('keeps only the service dates asked for', async () => {
    const { out } = await runCli(
      'remit',
      `${FIX}/facet-denials.835`,
      '--json',
      '--dos-from',
      '2026-11-05',
      '--dos-to',
      '2026-11-06',
    );
    const report = JSON.parse(out);
    expect(report.claims.map((c: { claimId: string }) => c.claimId)).toEqual(['PTP4004', 'VIS5005']);
    expect(report.summary.claimsFiltered).toBe(5);
  });
});

describe('claimlens remit exit codes and errors', () => {
  it('exits 1 for a file with bad segments, listing them by number, with every readable claim reported', async () => {
    const { code, out } = await runCli('remit', `${FIX}/malformed.835`, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.claims.map((c: { claimId: string }) => c.claimId)).toEqual(['BAD8008', 'GOOD9009', 'CUT1010']);
    expect(report.summary.problems.map((p: { segment: number }) => p.segment)).toEqual([8, 11, 13, 13, 14, 15, 20, 20]);
    expect(report.claims[0].lines[1]).toMatchObject({ code: '64634', charge: null, paid: null });
  });

  it('prints problems with segment numbers in the text report too', async () => {
    const { code, out } = await runCli('remit', `${FIX}/malformed.835`);
    expect(code).toBe(1);
    expect(out).toMatch(/segment 11 \(CAS\), claim BAD8008: amount for reason 45 \(CAS06\) is missing/);
    expect(out).toMatch(/Problems \(8; the rest of the file was read\)/);
  });

  it('exits 2 with one line for a file without ISA, a missing file and a bad date', async () => {
    for (const [args, message] of [
      [[`${FIX}/not-x12.835`], /not-x12\.835: not an X12 file: it does not start with an ISA segment/],
      [[`${FIX}/bad-separator.835`], /cannot be an element separator/],
      [[join(tmp, 'none.835')], /cannot read .*none\.835: no such file/],
      [[`${FIX}/facet-denials.835`, '--dos-from', '2026-13-01'], /--dos-from must be a date YYYY-MM-DD/],
      [[], /remit/],
    ] as const) {
      const { code, out, err } = await runCli('remit', ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(message);
    }
  });

  it('exits 2 when an ISA header is followed by nothing readable', async () => {
    const isa =
      'ISA*00*          *00*          *ZZ*A              *ZZ*B              *261115*0930*^*00501*000000001*0*T*:~';
    const file = join(tmp, 'garbage.835');
    writeFileSync(file, `${isa}\n${'#'.repeat(70_000)}`);
    const { code, out } = await runCli('remit', file);
    expect(code).toBe(2);
    expect(out).toMatch(/Summary: 0 claims/);
  });

  it('runs as its own process with no stack trace', () => {
    const r = claimlens('remit', `${FIX}/not-x12.835`);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
