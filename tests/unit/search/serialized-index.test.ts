import { describe, expect, it } from 'vitest';
import {
  createSearchEngine,
  createSearchEngineFromIndex,
  serializeSearchIndex,
  type SearchDocument,
} from '../../../lib/search';

const DOCS: SearchDocument[] = [
  {
    code: '64490',
    label: 'Injection into a neck facet joint',
    category: 'Facet joint injections',
    synonyms: ['medial branch block', 'facet'],
  },
  { code: '64633', label: 'Nerve ablation for one neck facet joint', synonyms: ['RFA', 'facet'] },
  { code: '64634', label: 'Add-on for each further neck facet joint ablated', synonyms: ['RFA', 'facet'] },
  { code: 'J1100', label: 'Injection, dexamethasone sodium phosphate, 1 mg', text: 'Dexamethasone sodium phos' },
  { code: 'E0950', label: 'Wheelchair accessory, tray, each', terminated: true },
];
const QUERIES = ['facet', 'facett', 'rfa', 'medial branch block', 'dexametasone', 'wheelchair', '6463', 'J1100', 'x'];

describe('prebuilt search index', () => {
  it('survives JSON and ranks exactly like a freshly built engine', () => {
    const fresh = createSearchEngine(DOCS);
    const loaded = createSearchEngineFromIndex(JSON.parse(JSON.stringify(serializeSearchIndex(DOCS))));
    expect(loaded).toBeDefined();
    for (const q of QUERIES) {
      const a = fresh.search(q).map((r) => [r.code, r.label]);
      const b = loaded!.search(q).map((r) => [r.code, r.label]);
      expect(b, q).toEqual(a);
    }
  });

  it('delta-encodes posting documents', () => {
    const s = serializeSearchIndex(DOCS);
    const facet = s.terms.indexOf('facet');
    expect(s.postingDocs.slice(s.start[facet], s.start[facet + 1])).toEqual([0, 1, 1]);
  });

  it.each([
    ['null', null],
    ['another format', { ...serializeSearchIndex(DOCS), format: 'x' }],
    ['a newer version', { ...serializeSearchIndex(DOCS), version: 2 }],
    ['truncated postings', { ...serializeSearchIndex(DOCS), postingDocs: [1] }],
    ['postings pointing past the documents', { ...serializeSearchIndex(DOCS), docs: [['64490', 'x']] }],
  ])('rejects %s so callers rebuild', (_name, raw) => {
    expect(createSearchEngineFromIndex(raw)).toBeUndefined();
  });

  it('answers code queries at once and builds the word index on demand or through warm()', () => {
    const engine = createSearchEngine(DOCS);
    expect(engine.search('64634')[0].code).toBe('64634');
    engine.warm();
    expect(engine.search('facet').length).toBe(3);
  });
});
