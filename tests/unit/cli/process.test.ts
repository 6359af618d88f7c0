/**
 * The real `claimlens` process: exit codes, one-line stderr, no stack trace, nothing raw on the terminal.
 * Spawning tsx takes seconds on a busy machine; the generous limit is a hang guard, not a timing check.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimlens } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-process-'));

describe('claimlens as a process', { timeout: 120_000 }, () => {
  it('a bad flag value: exit 2, one stderr line naming it, no stack trace', () => {
    const r = claimlens('search', 'facet', '--limit', '0x10');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('claimlens search: --limit must be a whole number from 1 to 200, not "0x10"\n');
  });

  it('control characters from a file never reach the terminal raw', () => {
    const file = join(dir, 'forge.csv');
    writeFileSync(file, 'Claim ID,DOS,CPT\n"A1\u001b]0;x\u0007\u009b\u202e",2026-01-05,64634\n');
    const r = claimlens('check', '--csv', file);
    expect(r.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(r.out).toContain('Claim A1\\u001b]0;x\\u0007\\u009b\\u202e ·');
  });
});

describe('check --csv exit codes as a process', { timeout: 120_000 }, () => {
  const write = (name: string, data: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const utf16 = (text: string, bom: boolean) =>
    Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
  const CSV = 'Claim ID,DOS,CPT,Units\nA1,2026-01-05,64633,1\n';

  it.each([
    [
      'every row bad',
      () => write('all-bad.csv', 'Claim ID,DOS,CPT\nA,2026-01-01,ABC\nB,2026-01-01,XYZ\n'),
      /none of the 2 rows of ".*all-bad\.csv" could be read: nothing was checked$/,
    ],
    [
      'a header row only',
      () => write('header-only.csv', 'Claim ID,DOS,CPT,Units\r\n'),
      /has a header row but no data rows: nothing to check$/,
    ],
    [
      'UTF-16 with a byte-order mark',
      () => write('utf16.csv', utf16(CSV, true)),
      /the file is UTF-16 text; save it as UTF-8/,
    ],
    [
      'UTF-16 without a byte-order mark',
      () => write('utf16-nobom.csv', utf16(CSV, false)),
      /NUL byte \(byte 2\).*UTF-16/,
    ],
    [
      'Windows-1252 bytes',
      () => write('cp1252.csv', Buffer.from('Claim ID,DOS,CPT\nA\xe9,2026-01-05,64633\n', 'latin1')),
      /not UTF-8 text/,
    ],
    [
      'a file over the size cap',
      () => {
        const p = write('huge.csv', CSV);
        truncateSync(p, 100 * 1024 * 1024 + 1);
        return p;
      },
      /is 104,857,601 bytes; check --csv reads at most 104,857,600 bytes \(100 MB\); split the export/,
    ],
  ])('%s: exit 2, one stderr line, no stack trace', (_what, make, message) => {
    const r = claimlens('check', '--csv', make());
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimlens check: /);
    expect(lines[0]).toMatch(message);
  });
});

describe('no input makes a flood', { timeout: 120_000 }, () => {
  it('a 30 MB quoted field that never closes: one short reason, not a 30 MB line', () => {
    const file = join(dir, 'open-quote.csv');
    writeFileSync(file, `Claim ID,DOS,CPT\nA1,2026-01-05,64633\nA2,"${'x'.repeat(30 * 1024 * 1024)}\n`);
    const r = claimlens('check', '--csv', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('row 3: A field is longer than 10000 characters');
    expect(r.out.length + r.err.length).toBeLessThan(10_000);
  });
});
