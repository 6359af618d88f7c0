/**
 * The real `claimlens` process: exit codes, one-line stderr, no stack trace, nothing raw on the terminal.
 * Spawning tsx takes seconds on a busy machine; the generous limit is a hang guard, not a timing check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
