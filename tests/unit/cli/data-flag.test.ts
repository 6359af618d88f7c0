/**
 * `--data DIR` on every claimlens command: the command reads the dataset in DIR instead of data/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../scripts/node/load-dataset';
import { runCli } from '../../helpers/cli';

describe('--data DIR', () => {
  let dir: string;

  beforeAll(() => {
    // A copy of the bundled dataset whose HCPCS table says another release and as-of date.
    dir = mkdtempSync(join(tmpdir(), 'claimlens-data-flag-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    meta.tables.hcpcs = { ...meta.tables.hcpcs, release: 'HCPCS 2026 July (test copy)', asOf: '2026-07-01' };
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['lookup', ['A2027', '--json']],
    ['check', ['--json', 'A2027']],
    ['search', ['matriderm', '--json']],
  ])('%s reads the folder given', async (command, args) => {
    const own = await runCli(command, ...args, '--data', dir);
    expect(own.err).toBe('');
    expect(own.code).toBe(0);
    if (command === 'lookup') {
      expect(JSON.parse(own.out).descriptor.source).toMatch(/2026-07-01/);
      const bundled = JSON.parse((await runCli('lookup', 'A2027', '--json')).out);
      expect(bundled.descriptor.source).toMatch(/2026-01-01/);
    }
  });

  it('scan takes --data too', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><p>Billed 64633 and A2027</p></body></html>');
    const r = await runCli('scan', page, '--json', '--data', dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).matches.map((m: { code: string }) => m.code)).toEqual(['64633', 'A2027']);
  });

  it('a folder without a dataset is a one-line error naming it, exit 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'claimlens-empty-'));
    try {
      const r = await runCli('lookup', '64634', '--data', empty);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(`--data ${empty}: it has no ClaimLens dataset files`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
