/**
 * The generator is deterministic and the committed artifacts are what it produces from the CMS tables.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../../scripts/build-data';
import { DATA_DIR } from '../../../scripts/node/load-dataset';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';

describe.skipIf(!HAVE_SHARED_CMS)('build-data', () => {
  it('a fresh run reproduces the committed artifacts byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'claimlens-data-'));
    try {
      const sizes = buildData({ from: SHARED_CMS_DIR, out, overrides: [], quiet: true });
      expect(Object.keys(sizes).sort()).toEqual([
        'aoc.json',
        'codes.json',
        'gpci.json',
        'hcpcs.json',
        'known-codes.json',
        'localities.json',
        'meta.json',
        'modifiers.json',
        'mue.json',
        'opps.json',
        'pfs.json',
        'ptp.bin',
      ]);
      for (const name of Object.keys(sizes)) {
        const fresh = readFileSync(join(out, name));
        const committed = readFileSync(join(DATA_DIR, name));
        expect(fresh.equals(committed), `${name} differs from a fresh build: run npm run build:data and commit`).toBe(
          true,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects a malformed --table override without writing anything', () => {
    const out = join(tmpdir(), `claimlens-never-${process.pid}`);
    expect(() => buildData({ from: SHARED_CMS_DIR, out, overrides: ['pfs:file.csv'], quiet: true })).toThrow(
      /expected id:file:release:YYYY-MM-DD/,
    );
    expect(() => readFileSync(join(out, 'meta.json'))).toThrow();
  });
});
