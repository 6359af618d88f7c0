/** The background's imported content: descriptors labelled as imported, organisation notes beside payer notes. */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../lib/background/answer';
import {
  createImportsCache,
  IMPORTED_SOURCE,
  orgNotesFor,
  userImportsFrom,
  withUserImports,
} from '../../../lib/background/imported-content';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import { toStoredDescriptors, toStoredOrgNotes } from '../../../lib/imports/stored-imports';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const descriptors = toStoredDescriptors([{ code: '64634', text: 'Test descriptor for 64634 (not real CPT text)' }]);
const notes = toStoredOrgNotes([
  { payer: 'cigna', from: '64633', to: '64636', text: 'Cigna range note' },
  { payer: 'aetna', from: '64634', to: '64634', text: 'Aetna note', source: 'memo' },
  { payer: 'aetna', from: '99202', to: '99215', text: 'Unrelated' },
]);

describe('user imports in the report', () => {
  it('reads stored blobs, dropping anything invalid', () => {
    const got = userImportsFrom(
      {
        version: 1,
        entries: [
          { code: '64634', text: 'ok' },
          { code: 'bad', text: 'x' },
        ],
      },
      'garbage',
    );
    expect([...got.descriptors]).toEqual([['64634', 'ok']]);
    expect(got.orgNotes).toEqual([]);
  });
  it('orders org notes by the chosen payers, then the rest', () => {
    const n = userImportsFrom(undefined, notes).orgNotes;
    expect(orgNotesFor(n, '64634', ['aetna']).map((x) => x.payer)).toEqual(['aetna', 'cigna']);
    expect(orgNotesFor(n, '64633', ['aetna']).map((x) => x.text)).toEqual(['Cigna range note']);
    expect(orgNotesFor(n, '27096', [])).toEqual([]);
  });
  it('the code-details answer carries the imported descriptor and org notes; without imports, the summary', async () => {
    const ds = fixtureDataset();
    const settings = { ...defaultSettings(), payers: { selected: ['aetna'], macJurisdiction: null, bcbsPlan: null } };
    const ctx = {
      dataset: async () => ds,
      settings: async () => settings,
      content: () => createContentProvider({ dataset: ds }),
      imports: async () => userImportsFrom(descriptors, notes),
    };
    const res = await answer({ type: 'popupToBg:codeDetails', code: '64634', pageCodes: [] }, ctx);
    if (!res.ok) throw new Error(res.error);
    expect(res.details.report.descriptor).toEqual({
      text: 'Test descriptor for 64634 (not real CPT text)',
      source: IMPORTED_SOURCE,
      kind: 'imported',
    });
    expect((res.details.report.orgNotes as { payer: string }[]).map((n) => n.payer)).toEqual(['aetna', 'cigna']);
    const plain = await answer(
      { type: 'popupToBg:codeDetails', code: '64634', pageCodes: [] },
      { ...ctx, imports: undefined },
    );
    if (!plain.ok) throw new Error(plain.error);
    expect(plain.details.report.descriptor?.kind).toBe('plain-language-summary');
    expect(plain.details.report.orgNotes).toBeUndefined();
  });
  it('a provider without imports falls through to the base', () => {
    const base = createContentProvider({ dataset: fixtureDataset() });
    const p = withUserImports(base, userImportsFrom(undefined, undefined), []);
    expect(p.descriptorOf?.('J1100')).toBeUndefined();
    expect(p.descriptorOf?.('64634')).toEqual(base.descriptorOf?.('64634'));
    expect(p.extrasOf?.('27096')).toEqual(base.extrasOf?.('27096'));
    expect(p.extrasOf?.('27096')).not.toHaveProperty('orgNotes');
  });
  it('the cache reads once until invalidated, and retries after a failed read', async () => {
    let reads = 0;
    let fail = true;
    const cache = createImportsCache(async () => {
      reads++;
      if (fail) throw new Error('x');
      return { importedDescriptors: descriptors };
    });
    await expect(cache.get()).rejects.toThrow();
    fail = false;
    await cache.get();
    await cache.get();
    expect(reads).toBe(2);
    cache.invalidate();
    expect((await cache.get()).descriptors.size).toBe(1);
    expect(reads).toBe(3);
  });
});
