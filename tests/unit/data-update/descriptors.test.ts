/**
 * CPT descriptors in the user's PFS file (lib/data-update): dropped unless the user chooses to keep them; kept
 * ones join the licensed-descriptor store under the import's rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepLicensedDescriptors } from '../../../lib/data-update/descriptors';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { readStoredDescriptors, toStoredDescriptors } from '../../../lib/imports/stored-imports';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const SAMPLE = resolve(SHARED_CMS_DIR, '../cms-raw/PPRRVU2026_Jul_nonQPP.format-sample.csv');
const meta = fixtureArtifacts().meta;

describe('CPT descriptors of a PFS file', () => {
  it('are merged into the licensed descriptors (the file wins for a code in both); bad ones are refused', () => {
    const existing = toStoredDescriptors([
      { code: '00100', text: 'Old licensed text' },
      { code: '99213', text: 'Kept from an earlier import' },
    ]);
    const kept = keepLicensedDescriptors(existing, [
      ['00100', 'Newer licensed text'],
      ['0001F', 'x'.repeat(5000)],
    ]);
    expect(kept.kept).toBe(1);
    expect(kept.refused).toBe(1);
    expect(readStoredDescriptors(kept.stored).value).toEqual([
      { code: '00100', text: 'Newer licensed text' },
      { code: '99213', text: 'Kept from an earlier import' },
    ]);
  });

  it.skipIf(!HAVE_SHARED_CMS)('are read from the file only as the user’s option; REDACTED is no descriptor', () => {
    const raw = readFileSync(SAMPLE, 'latin1');
    const file = (text: string) => ({ name: 'PPRRVU2026_Jul_nonQPP.csv', bytes: new TextEncoder().encode(text) });
    expect(prepareUpdate([file(raw)], meta, '2026-12-03').descriptors).toEqual([]);
    // Made-up text in the DESCRIPTION column (as a licensed download carries real text there).
    const licensed = raw.replace('0001F,,REDACTED', '0001F,,Made-up licensed text');
    const update = prepareUpdate([file(licensed)], meta, '2026-12-03');
    expect(update.descriptors).toEqual([['0001F', 'Made-up licensed text']]);
    // Never part of the stored table.
    expect(JSON.stringify(update.tables)).not.toContain('Made-up licensed text');
  });
});
