import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../lib/search/build-documents';
import type { SearchContent } from '../../../lib/search/types';
import { fakeDataset } from './fake-dataset';

const ds = fakeDataset({
  '64633': {},
  '64634': {},
  '99999': { terminated: true },
  '0213T': {},
  J1100: { long: 'Injection, dexamethasone sodium phosphate, 1 mg', short: 'Dexamethasone sodium phos' },
  A9999: {},
});
const content: SearchContent = {
  summaryOf: (c) => (c === '64633' ? 'Our summary of a neck facet nerve ablation' : undefined),
  categoryOf: (c) => (c.startsWith('646') ? 'Nerve destruction' : c === 'J1100' ? 'Drugs' : undefined),
  synonyms: { '64633': ['RFA', 'facet'], '64634': ['RFA'] },
};

describe('buildSearchDocuments', () => {
  it('labels CPT codes with the summary, else the category, else "CPT code" — never descriptor text', () => {
    const docs = buildSearchDocuments(ds, content);
    const byCode = Object.fromEntries(docs.map((d) => [d.code, d]));
    expect(byCode['64633']).toEqual({
      code: '64633',
      label: 'Our summary of a neck facet nerve ablation',
      category: 'Nerve destruction',
      synonyms: ['RFA', 'facet'],
    });
    expect(byCode['64634']).toEqual({
      code: '64634',
      label: 'Nerve destruction',
      category: 'Nerve destruction',
      synonyms: ['RFA'],
    });
    expect(byCode['0213T']).toEqual({ code: '0213T', label: 'CPT code' });
    expect(byCode['99999']).toEqual({ code: '99999', label: 'CPT code', terminated: true });
  });

  it('labels HCPCS codes with their public-domain long descriptor and keeps the short one searchable', () => {
    const docs = buildSearchDocuments(ds, content);
    expect(docs.find((d) => d.code === 'J1100')).toEqual({
      code: 'J1100',
      label: 'Injection, dexamethasone sodium phosphate, 1 mg',
      text: 'Dexamethasone sodium phos',
      category: 'Drugs',
    });
    expect(docs.find((d) => d.code === 'A9999')).toEqual({ code: 'A9999', label: 'HCPCS code' });
  });

  it('works without content, one document per code in dataset order', () => {
    const docs = buildSearchDocuments(ds);
    expect(docs.map((d) => d.code)).toEqual(['0213T', '64633', '64634', '99999', 'A9999', 'J1100']);
    expect(docs.filter((d) => /^\d/.test(d.code)).every((d) => d.label === 'CPT code')).toBe(true);
  });

  it('makes imported licensed text searchable without making it the label', () => {
    const docs = buildSearchDocuments(ds, content, {
      importedDescriptors: new Map([['64634', 'User-licensed wording (test)']]),
    });
    expect(docs.find((d) => d.code === '64634')).toMatchObject({
      label: 'Nerve destruction',
      text: 'User-licensed wording (test)',
    });
  });

  it('does not read synonyms through the prototype', () => {
    const docs = buildSearchDocuments(ds, { ...content, synonyms: {} });
    expect(docs.every((d) => d.synonyms === undefined)).toBe(true);
    expect(
      buildSearchDocuments(fakeDataset({ constructor: {} } as never), { ...content, synonyms: {} })[0].synonyms,
    ).toBeUndefined();
  });
});
