import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { parseCodeSpec } from '../../../lib/editorial/code-ranges';
import { SYNONYMS, synonymsFor } from '../../../lib/editorial/synonyms';
import { createContentProvider, SUMMARY_SOURCE } from '../../../lib/editorial/content-provider';
import { codeReport } from '../../../lib/lookup/code-report';

const ds = loadDataset();

describe('synonyms', () => {
  it('every synonym points at codes that exist, and terms are unique', () => {
    const specs = SYNONYMS.synonyms.flatMap((s) => s.codes);
    expect(specs.filter((c) => !parseCodeSpec(c))).toEqual([]);
    expect(specs.flatMap((c) => Object.values(parseCodeSpec(c)!)).filter((c) => !ds.has(c))).toEqual([]);
    const terms = SYNONYMS.synonyms.flatMap((s) => s.terms.map((t) => t.toLowerCase()));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('finds families by billing words, case-insensitively', () => {
    expect(synonymsFor('rfa')[0].codes).toEqual(['64633-64636']);
    expect(synonymsFor('  Kenalog ')[0].codes).toEqual(['J3301']);
    expect(synonymsFor('no such word')).toEqual([]);
  });
});

describe('content provider in the lookup report', () => {
  const content = createContentProvider({ dataset: ds });
  it('64634: summary, category and notes for every payer', () => {
    const r = codeReport(ds, '64634', { payers: ['medicare', 'aetna', 'cigna', 'uhc', 'bcbs'], content });
    expect(r.descriptor).toMatchObject({ kind: 'plain-language-summary', source: SUMMARY_SOURCE });
    expect(r.category).toMatch(/Nervous system/);
    expect(new Set((r.payerNotes as { payer: string }[]).map((n) => n.payer)).size).toBe(5);
    expect((r.summary as { unit: string }).unit).toBe('per facet joint, each additional');
  });
  it('HCPCS codes keep their CMS text; unknown codes get a category and nothing else', () => {
    expect(codeReport(ds, 'J3301', { content }).descriptor?.kind).toBe('hcpcs-level-ii');
    const u = codeReport(ds, '12345', { payers: ['medicare'], content });
    expect(u.known).toBe(false);
    expect(u.descriptor).toBeNull();
  });
});
