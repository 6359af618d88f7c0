/**
 * The fixture dataset (tests/fixtures/dataset/) is what tests/helpers/fixture-dataset-build.ts builds from the
 * committed data/, byte for byte, and answers like the real dataset for its codes: tests on it exercise real
 * CMS rows through the production loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, readArtifacts } from '../../../scripts/node/load-dataset';
import { buildFixtureFiles, FIXTURE_CODES, fixtureCodeSet } from '../../helpers/fixture-dataset-build';
import { FIXTURE_DATASET_DIR, fixtureDataset } from '../../helpers/fixture-dataset';

describe('the fixture dataset', () => {
  it('equals a fresh build from data/ (rebuild: npx tsx tests/helpers/fixture-dataset-build.ts)', () => {
    const files = buildFixtureFiles();
    expect(readdirSync(FIXTURE_DATASET_DIR).sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) {
      const committed = readFileSync(join(FIXTURE_DATASET_DIR, name));
      expect(committed.equals(Buffer.from(content)), `${name} differs from a fresh build`).toBe(true);
    }
  });

  it('answers as the real dataset does for its codes; PTP edits among them; says it is a fixture', () => {
    const real = loadDataset();
    const fx = fixtureDataset();
    const codes = [...fixtureCodeSet(readArtifacts())];
    expect(fx.allCodes()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(fx.info(c)).toEqual(real.info(c));
      expect(fx.addOn(c, '2026-06-01')).toEqual(real.addOn(c, '2026-06-01'));
      expect(fx.mue(c, 'practitioner')).toEqual(real.mue(c, 'practitioner'));
      expect(fx.pfs(c)).toEqual(real.pfs(c));
      expect(fx.opps(c)).toEqual(real.opps(c));
      expect(fx.hcpcsText(c)).toEqual(real.hcpcsText(c));
    }
    for (const c of FIXTURE_CODES.filter((c) => real.has(c)))
      expect(fx.addOnsOf(c, '2026-06-01')).toEqual(real.addOnsOf(c, '2026-06-01'));
    expect(fx.ptpAmong(codes, '2026-06-01')).toEqual(real.ptpAmong(codes, '2026-06-01'));
    expect(fx.ptpPair('64633', '64490')).toBeDefined();
    expect(fx.meta.datasetVersion).toMatch(/^fixture\./);
    for (const t of Object.values(fx.meta.tables)) expect(t.release).toMatch(/test fixture subset/);
  });
});
