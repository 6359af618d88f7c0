import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../lib/editorial/summaries';
import { categoryOf } from '../../../lib/editorial/categories';
import { buildSearchDocuments } from '../../../lib/search/build-documents';
import { bundledSearchContent } from '../../../lib/search/bundled-content';
import { createSearchEngine } from '../../../lib/search/engine';
import { loadDataset } from '../../../scripts/node/load-dataset';

const ds = loadDataset();
const docs = buildSearchDocuments(ds, bundledSearchContent(ds.allCodes()));
const engine = createSearchEngine(docs);
const top = (q: string, n: number) => engine.search(q, n).map((r) => r.code);

describe('search over the real dataset and bundled content', () => {
  it('indexes every code once', () => {
    expect(docs.length).toBe(ds.allCodes().length);
    expect(new Set(docs.map((d) => d.code)).size).toBe(docs.length);
  });

  it('labels every CPT code only with project wording, a category or "CPT code"', () => {
    for (const d of docs) {
      if (/^[A-Z]/.test(d.code)) continue;
      expect([summaryOf(d.code)?.summary, categoryOf(d.code), 'CPT code']).toContain(d.label);
    }
  });

  it('"facet" lists 64633 and 64634 among the top ten', () => {
    expect(top('facet', 10)).toEqual(expect.arrayContaining(['64633', '64634']));
  });

  it('"64634" puts 64634 first, "J1100" puts J1100 first', () => {
    expect(top('64634', 5)[0]).toBe('64634');
    expect(top('J1100', 5)[0]).toBe('J1100');
    expect(top('j11', 5)[0]).toBe('J1100');
  });

  it('"6463" lists the 6463x codes in order', () => {
    expect(top('6463', 4)).toEqual(['64630', '64632', '64633', '64634']);
  });

  it('typos and stems still find the facet ablation codes', () => {
    expect(top('radiofreq', 4).sort()).toEqual(['64633', '64634', '64635', '64636']);
    expect(top('facett', 16)).toEqual(expect.arrayContaining(['64633', '64634']));
    expect(top('rhizotomy', 4).sort()).toEqual(['64633', '64634', '64635', '64636']);
  });

  it('synonyms and multi-word queries reach the right families', () => {
    expect(top('medial branch block', 6).sort()).toEqual(['64490', '64491', '64492', '64493', '64494', '64495']);
    expect(top('RFA', 4).sort()).toEqual(['64633', '64634', '64635', '64636']);
    expect(top('dexamethasone', 10)).toContain('J1100');
  });
});

describe('bundledSearchContent', () => {
  it('gives every code the same category as lib/editorial categoryOf', () => {
    const content = bundledSearchContent(ds.allCodes());
    const mismatches = ds.allCodes().filter((c) => content.categoryOf(c) !== categoryOf(c));
    expect(mismatches).toEqual([]);
  });

  it('expands synonym ranges to codes', () => {
    const { synonyms } = bundledSearchContent(ds.allCodes());
    expect(synonyms['64634']).toEqual(expect.arrayContaining(['RFA', 'facet']));
    expect(synonyms['64490']).toContain('medial branch block');
    expect(synonyms.J3301).toContain('Kenalog');
  });
});
