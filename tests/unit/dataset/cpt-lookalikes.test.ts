/**
 * HCPCS Level II descriptors that equal a CPT short descriptor ship in the project's own words, marked as such
 * (scripts/build-data/cpt-lookalikes.ts), and the code report says whose words they are.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  CPT_HASH_LIST,
  descriptorHash,
  HCPCS_REWORDS,
  readCptHashes,
  rewordCptLookalikes,
  type DescriptorRow,
} from '../../../scripts/build-data/cpt-lookalikes';
import { DATA_DIR, loadDataset } from '../../../scripts/node/load-dataset';
import { codeReport } from '../../../lib/lookup/code-report';

const hashes = readCptHashes(resolve(DATA_DIR, '..', CPT_HASH_LIST));

describe('CPT look-alike HCPCS descriptors', () => {
  it('replaces a colliding field with the wording given, marks it, and leaves the rest alone', () => {
    const fakeHashes = new Set([descriptorHash('Same As Cpt  text')]);
    const rows = new Map<string, DescriptorRow>([
      ['G0001', { long: 'Original long text', short: 'same as CPT text' }],
      ['G0002', { long: 'Untouched', short: 'Untouched too' }],
    ]);
    rewordCptLookalikes(rows, fakeHashes, { G0001: { short: 'Our wording' } });
    expect(rows.get('G0001')).toEqual({ long: 'Original long text', short: 'Our wording', reworded: ['short'] });
    expect(rows.get('G0002')).toEqual({ long: 'Untouched', short: 'Untouched too' });
  });

  it('fails, naming code and field, when a collision has no wording or the wording collides too', () => {
    const fakeHashes = new Set([descriptorHash('clash'), descriptorHash('also clash')]);
    expect(() => rewordCptLookalikes(new Map([['G0003', { long: 'clash', short: 'fine' }]]), fakeHashes, {})).toThrow(
      /G0003 long/,
    );
    expect(() =>
      rewordCptLookalikes(new Map([['G0004', { long: 'fine', short: 'clash' }]]), fakeHashes, {
        G0004: { short: 'also clash' },
      }),
    ).toThrow(/G0004 short/);
  });

  it('none of the project wordings equals a CPT short descriptor', () => {
    for (const [code, fields] of Object.entries(HCPCS_REWORDS)) {
      for (const text of Object.values(fields))
        expect(hashes.has(descriptorHash(text!)), `${code}: ${text}`).toBe(false);
    }
  });

  it('the shipped artifact uses them and the report labels them as ClaimLens wording', () => {
    const ds = loadDataset();
    const g9937 = ds.hcpcsText('G9937')!;
    expect(g9937.long).toBe(HCPCS_REWORDS.G9937.long);
    expect(g9937.reworded).toEqual(['long']);
    expect(codeReport(ds, 'G9937').descriptor?.source).toMatch(/^ClaimLens wording/);
    // A row whose reworded field is not the one shown keeps the CMS label.
    expect(ds.hcpcsText('M1316')!.reworded).toEqual(['short']);
    expect(codeReport(ds, 'M1316').descriptor?.source).not.toMatch(/ClaimLens/);
    expect(codeReport(ds, 'J1100').descriptor?.source).not.toMatch(/ClaimLens/);
  });
});
