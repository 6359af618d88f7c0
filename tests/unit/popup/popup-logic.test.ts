/** Pure popup logic: keyboard model, data age and as-of line, and the popup's search source over real data. */
import { describe, expect, it } from 'vitest';
import { ageInDays, asOfLine, describeAge, tablesOf } from '../../../components/data-age';
import { listAction, optionId } from '../../../components/popup/list-navigation';
import { loadSearchEngine, searchDatasetFrom } from '../../../components/popup/search-loader';
import { buildSearchDocuments } from '../../../lib/search/build-documents';
import { bundledSearchContent } from '../../../lib/search/bundled-content';
import { serializeSearchIndex } from '../../../lib/search/serialized-index';
import { fixtureDataset, readFixtureJson } from '../../helpers/fixture-dataset';

const readJson = readFixtureJson;

describe('listAction', () => {
  it('moves with wrap-around, Home/End, and does nothing without results', () => {
    expect(listAction('ArrowDown', -1, 3, 'x')).toEqual({ kind: 'move', index: 0 });
    expect(listAction('ArrowDown', 2, 3, 'x')).toEqual({ kind: 'move', index: 0 });
    expect(listAction('ArrowUp', 0, 3, 'x')).toEqual({ kind: 'move', index: 2 });
    expect(listAction('ArrowUp', 2, 3, 'x')).toEqual({ kind: 'move', index: 1 });
    expect(listAction('End', 0, 3, 'x')).toEqual({ kind: 'move', index: 2 });
    expect(listAction('Home', 2, 3, 'x')).toEqual({ kind: 'move', index: 0 });
    expect(listAction('ArrowDown', -1, 0, 'x')).toEqual({ kind: 'none' });
    expect(listAction('a', 0, 3, 'x')).toEqual({ kind: 'none' });
  });
  it('Enter opens the active option or the first; Escape clears, then closes', () => {
    expect(listAction('Enter', 1, 3, 'x')).toEqual({ kind: 'open', index: 1 });
    expect(listAction('Enter', -1, 3, 'x')).toEqual({ kind: 'open', index: 0 });
    expect(listAction('Enter', -1, 0, 'x')).toEqual({ kind: 'none' });
    expect(listAction('Escape', 0, 3, 'facet')).toEqual({ kind: 'clear' });
    expect(listAction('Escape', -1, 0, '')).toEqual({ kind: 'close' });
    expect(optionId(3)).toBe('cl-result-3');
  });
});

describe('data age', () => {
  const today = new Date(Date.UTC(2026, 10, 27));
  it('counts whole days from an ISO date or a bare year', () => {
    expect(ageInDays('2026-11-26', today)).toBe(1);
    expect(ageInDays('2026-01-01', today)).toBe(330);
    expect(ageInDays('2026', today)).toBe(330);
    expect(ageInDays('2027-01-01', today)).toBe(0);
    expect(ageInDays('soon', today)).toBeNull();
  });
  it('describes ages in days, months and years', () => {
    expect(describeAge(1)).toBe('1 day');
    expect(describeAge(45)).toBe('45 days');
    expect(describeAge(330)).toBe('10 months');
    expect(describeAge(880)).toBe('2 years 4 months');
    expect(describeAge(null)).toBe('unknown age');
  });
  it('lists every table newest first and states the date span', () => {
    const meta = fixtureDataset().meta;
    const tables = tablesOf(meta);
    expect(tables.length).toBe(Object.keys(meta.tables).length);
    expect(tables[0].asOf >= tables[tables.length - 1].asOf).toBe(true);
    const dates = tables
      .map((t) => t.asOf)
      .filter((d) => d.length === 10)
      .sort();
    expect(asOfLine(meta)).toContain(`${dates[0]} to ${dates[dates.length - 1]}`);
  });
});

describe('popup search source', () => {
  it('builds exactly the documents the CLI builds from the dataset, from two artifacts', async () => {
    const ds = fixtureDataset();
    const light = searchDatasetFrom(
      (await readJson('data/codes.json')) as never,
      (await readJson('data/hcpcs.json')) as never,
      ds.meta,
    );
    const content = bundledSearchContent(ds.allCodes());
    expect(buildSearchDocuments(light, content)).toEqual(buildSearchDocuments(ds, content));
  });
  it('loads from the artifacts by default, and from a prebuilt index when asked and valid', async () => {
    const meta = fixtureDataset().meta;
    const fromArtifacts = await loadSearchEngine(readJson, meta);
    expect(fromArtifacts.source).toBe('artifacts');
    expect(fromArtifacts.engine.search('64634')[0].code).toBe('64634');
    const docs = buildSearchDocuments(fixtureDataset(), bundledSearchContent(fixtureDataset().allCodes()));
    const index = JSON.parse(JSON.stringify(serializeSearchIndex(docs))) as unknown;
    const prebuilt = await loadSearchEngine(
      async (p) => (p === 'data/search-index.json' ? index : readJson(p)),
      meta,
      true,
    );
    expect(prebuilt.source).toBe('prebuilt');
    // Same ranking (scores may differ in the third decimal: the prebuilt postings are stored rounded).
    const codes = (e: typeof prebuilt.engine) => e.search('facet', 10).map((r) => r.code);
    expect(codes(prebuilt.engine)).toEqual(codes(fromArtifacts.engine));
    expect(codes(prebuilt.engine)).toEqual(expect.arrayContaining(['64633', '64634']));
    const withImport = await loadSearchEngine(
      async (p) => (p === 'data/search-index.json' ? index : readJson(p)),
      meta,
      true,
      new Map([['27096', 'Zebraword test descriptor']]),
    );
    expect(withImport.source).toBe('artifacts');
    expect(withImport.engine.search('zebraword')[0].code).toBe('27096');
    const broken = await loadSearchEngine(
      async (p) => (p === 'data/search-index.json' ? { format: 'other' } : readJson(p)),
      meta,
      true,
    );
    expect(broken.source).toBe('artifacts');
  });
});
