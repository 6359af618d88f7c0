import { describe, expect, it } from 'vitest';
import { CodePrefixIndex, isCodeLike, normalizeCodeQuery } from '../../../lib/search/code-prefix';
import { createSearchEngine } from '../../../lib/search/engine';
import type { SearchDocument } from '../../../lib/search/types';

// Our own wording throughout; labels of CPT codes are written like project summaries.
const DOCS: SearchDocument[] = [
  {
    code: '64490',
    label: 'Injection into a neck facet joint, first level',
    category: 'Facet joint injections',
    synonyms: ['medial branch block', 'MBB', 'facet'],
  },
  {
    code: '64633',
    label: 'Nerve ablation for one neck facet joint',
    category: 'Nerve destruction',
    synonyms: ['RFA', 'radiofrequency ablation', 'facet'],
  },
  {
    code: '64634',
    label: 'Add-on for each further neck facet joint ablated',
    category: 'Nerve destruction',
    synonyms: ['RFA', 'radiofrequency ablation', 'facet'],
  },
  {
    code: '64635',
    label: 'Nerve ablation for one low-back facet joint',
    category: 'Nerve destruction',
    synonyms: ['RFA', 'facet'],
  },
  {
    code: '0213T',
    label: 'Ultrasound-guided facet injection, first level',
    category: 'Category III',
    synonyms: ['facet'],
  },
  { code: '99213', label: 'Office visit for an established patient', category: 'Evaluation and management' },
  { code: 'J1100', label: 'Injection, dexamethasone sodium phosphate, 1 mg', text: 'Dexamethasone sodium phos' },
  { code: 'J1094', label: 'Injection, dexamethasone acetate, 1 mg' },
  { code: 'J1110', label: 'Injection, dihydroergotamine mesylate, per 1 mg' },
  { code: 'K0001', label: 'Standard wheelchair' },
  { code: 'A0021', label: 'Ambulance service, outside state per mile, transport (medicaid only)' },
  { code: 'E0950', label: 'Wheelchair accessory, tray, each', terminated: true },
  { code: 'E0951', label: 'Heel loop for wheelchair, each' },
];
const engine = createSearchEngine(DOCS);
const codes = (q: string, n = 20) => engine.search(q, n).map((r) => r.code);

describe('code-like queries', () => {
  it('normalises and recognises code shapes', () => {
    expect(normalizeCodeQuery(' +64634 ')).toBe('64634');
    expect(normalizeCodeQuery('j 11')).toBe('J11');
    for (const q of ['6', '6463', '64634', '0213T', 'J1', 'J1100', '0001M']) expect(isCodeLike(q)).toBe(true);
    for (const q of ['J', 'FACET', '646345', '0213TT', 'JJ11', '0001A', 'W1234']) expect(isCodeLike(q)).toBe(false);
  });

  it('prefix index finds exact and prefix matches in code order', () => {
    const idx = new CodePrefixIndex(['J1110', '64634', 'J1100', '64633', '6463F']);
    expect(idx.withPrefix('6463', 10)).toEqual(['64633', '64634', '6463F']);
    expect(idx.withPrefix('J11', 1)).toEqual(['J1100']);
    expect(idx.has('64634')).toBe(true);
    expect(idx.has('6463')).toBe(false);
  });

  it('puts the exact code first with score 1, then prefix matches', () => {
    expect(engine.search('64634')).toEqual([{ code: '64634', label: DOCS[2].label, score: 1 }]);
    expect(codes('J1100')[0]).toBe('J1100');
    expect(codes('j1100')[0]).toBe('J1100');
    expect(codes('6463')).toEqual(['64633', '64634', '64635']);
    expect(engine.search('6463').every((r) => r.score === 0.9)).toBe(true);
    expect(codes('J11')).toEqual(['J1100', 'J1110']);
    expect(codes('0213t')).toEqual(['0213T']);
    expect(codes('6463', 2)).toEqual(['64633', '64634']);
  });

  it('a code typed among words ranks first, before word matches', () => {
    expect(codes('64634 facet')[0]).toBe('64634');
  });
});

describe('word queries', () => {
  it('finds every facet code for "facet", synonym and label matches above fuzzy look-alikes', () => {
    const hits = codes('facet');
    expect(hits.slice(0, 5).sort()).toEqual(['0213T', '64490', '64633', '64634', '64635']);
  });

  it('tolerates typos and unfinished words', () => {
    expect(codes('facett').slice(0, 5).sort()).toEqual(['0213T', '64490', '64633', '64634', '64635']);
    expect(codes('radiofreq').slice(0, 2).sort()).toEqual(['64633', '64634']);
    expect(codes('dexametasone').slice(0, 2).sort()).toEqual(['J1094', 'J1100']);
    expect(codes('wheelchiar')).toContain('K0001');
    expect(codes('ambulanse')[0]).toBe('A0021');
  });

  it('requires every word of a multi-word query when some document has them all', () => {
    expect(codes('medial branch block')).toEqual(['64490']);
    expect(codes('dexamethasone sodium')[0]).toBe('J1100');
    expect(codes('per mile transport')).toEqual(['A0021']);
    expect(codes('radiofrequency ablation').sort()).toEqual(['64633', '64634']);
  });

  it('matches acronyms exactly and ignores case', () => {
    expect(codes('rfa').sort()).toEqual(['64633', '64634', '64635']);
    expect(codes('MBB')).toEqual(['64490']);
  });

  it('ranks active codes before terminated ones on equal matches', () => {
    const hits = codes('wheelchair each');
    expect(hits.indexOf('E0951')).toBeLessThan(hits.indexOf('E0950'));
  });

  it('scores word hits below code hits, in (0, 0.8]', () => {
    for (const r of engine.search('facet')) expect(r.score > 0 && r.score <= 0.8).toBe(true);
  });

  it('returns nothing for empty, blank, over-long or unmatched queries, and respects the limit', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('x'.repeat(101))).toEqual([]);
    expect(engine.search('zzzzqqqq')).toEqual([]);
    expect(engine.search('facet', 2)).toHaveLength(2);
    expect(engine.search('facet', 0)).toEqual([]);
    expect(engine.size).toBe(DOCS.length);
  });

  it('treats punctuation and markup in queries as plain words', () => {
    expect(codes('<script>facet</script>').slice(0, 5).sort()).toEqual(['0213T', '64490', '64633', '64634', '64635']);
    expect(engine.search('"*?[](){}\\')).toEqual([]);
  });
});
