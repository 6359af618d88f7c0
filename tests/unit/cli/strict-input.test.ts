/**
 * Every flag and argument of the real commands is checked; bad values get one line naming them (exit 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-strict-'));
const csv = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('strict flags and arguments', { timeout: 60_000 }, () => {
  it.each([
    [
      ['lookup', '64634', '--mac', 'ZZ'],
      'claimlens lookup: --mac must be one of J5, J6, J8, J15, JE, JF, JH, JJ, JK, JL, JM, JN, not "ZZ"',
    ],
    [['lookup', '64634', '--bcbs-plan', '__proto__'], 'claimlens lookup: --bcbs-plan must be one of anthem,'],
    [
      ['lookup', '64634', '--payer', 'medicare,acme'],
      'claimlens lookup: --payer must be one of medicare, aetna, cigna, uhc, bcbs, not "acme"',
    ],
    [
      ['check', '--payer', 'anything', '64633'],
      'claimlens check: --payer must be one of medicare, aetna, cigna, uhc, bcbs, not "anything"',
    ],
    [
      ['search', 'facet', '--limit', '0x10'],
      'claimlens search: --limit must be a whole number from 1 to 200, not "0x10"',
    ],
    [
      ['check', '64633-RT-59-XS-XU-76'],
      'claimlens check: Line 1 "64633-RT-59-XS-XU-76": 5 modifiers; a claim line carries at most 4',
    ],
    [
      ['check', '64634x-1'],
      'claimlens check: Line 1 "64634x-1": units "-1" must be a whole number of at least 1, after any modifiers',
    ],
    [['check', '64633', '--csv'], 'claimlens check: --csv needs a value (FILE)'],
    [
      ['frobnicate'],
      'claimlens: unknown command "frobnicate" (commands: lookup, check, scan, search, remit; see claimlens --help)',
    ],
    [[], 'claimlens: no command given'],
  ])('%j → exit 2, one line naming the bad value', async (args, message) => {
    const r = await runCli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('accepts the valid forms of the same flags', async () => {
    expect((await runCli('lookup', '64634', '--mac', 'jf', '--bcbs-plan', 'Anthem', '--json')).code).toBe(0);
    expect((await runCli('check', '--payer', 'AETNA', '64633-RT-59-XS-XU')).code).toBe(0);
    expect((await runCli('search', 'facet', '--limit', '16')).out.trim().split('\n')).toHaveLength(16);
  });

  it('--help prints the declared flags of a command, exit 0', async () => {
    const r = await runCli('check', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: claimlens check \[options\] \[<line>\.\.\.\]/);
    expect(r.out).toMatch(/--setting practitioner\|outpatient/);
    const top = await runCli('--help');
    expect(top.out).toMatch(/lookup\s+everything known about one code/);
  });
});

describe('terminal output cannot be forged or flooded', { timeout: 60_000 }, () => {
  it('a quoted claim id with a line break and ANSI escapes prints as one escaped line', async () => {
    const file = csv('forge.csv', 'Claim ID,DOS,CPT,Units\n"A1\nClaims with errors: 0\u001b[8m",2026-01-05,64634,1\n');
    const r = await runCli('check', '--csv', file);
    expect(r.out).not.toMatch(/^Claims with errors: 0/m);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('Claim A1\\nClaims with errors: 0\\u001b[8m · 2026-01-05');
  });

  it('a huge bad field is cut, and 300 bad rows list 100 then "… and 200 more"', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `C${i},2026-01-05,BAD${i},1`);
    const file = csv(
      'flood.csv',
      `Claim ID,DOS,CPT,Units\nA,2026-01-05,64633,1\nB,${'9'.repeat(5000)},64633,1\n${rows.join('\n')}\n`,
    );
    const r = await runCli('check', '--csv', file);
    expect(r.code).toBe(1);
    const listed = r.out.split('\n').filter((l) => /^ {2}row \d+:/.test(l));
    expect(listed).toHaveLength(100);
    expect(r.out).toContain('… and 201 more bad rows (see --json)');
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThan(400);
    const json = JSON.parse((await runCli('check', '--csv', file, '--json')).out);
    expect(json.badRows).toHaveLength(301);
  });
});
