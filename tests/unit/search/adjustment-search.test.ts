import { describe, expect, it } from 'vitest';
import { allExplanations } from '../../../lib/denials';
import { AdjustmentSearch, withAdjustmentCodes } from '../../../lib/search/adjustment-search';
import { createSearchEngine } from '../../../lib/search/engine';
import type { SearchDocument } from '../../../lib/search/types';

const adjustments = new AdjustmentSearch(allExplanations());
const DOCS: SearchDocument[] = [
  { code: '97110', label: 'Physical medicine: therapeutic exercise' },
  { code: '97140', label: 'Physical medicine: manual therapy' },
  { code: '64634', label: 'Facet joint nerve destruction, each additional level', synonyms: ['rfa'] },
  { code: '64633', label: 'Facet joint nerve destruction, first level' },
  { code: 'J1100', label: 'Injection, dexamethasone sodium phosphate, 1 mg' },
];
const engine = withAdjustmentCodes(createSearchEngine(DOCS), adjustments);
const shown = (q: string) => engine.search(q, 20).map((r) => r.display ?? r.code);

describe('denial codes in code search', () => {
  it('finds a reason code written with its group, in every spelling billers use', () => {
    for (const q of ['CO-97', 'co97', 'CO 97', 'CO:97']) expect(shown(q)[0], q).toBe('CO-97');
    expect(engine.search('CO-97')[0]).toMatchObject({
      code: '97',
      kind: 'carc',
      label: 'Contractual obligation: Paid as part of another service (bundled)',
      score: 1,
    });
    expect(shown('PR-2')).toEqual(['PR-2']);
    expect(shown('OA-23')[0]).toBe('OA-23');
  });

  it('finds CARC and RARC forms and bare remark codes', () => {
    expect(shown('CARC 97')).toEqual(['CARC 97']);
    expect(shown('RARC N362')).toEqual(['RARC N362']);
    expect(shown('N362')[0]).toBe('RARC N362');
    expect(shown('n36')).toContain('RARC N362');
    expect(shown('M80')[0]).toBe('RARC M80');
    expect(shown('MA130')[0]).toBe('RARC MA130');
    expect(shown('B15')[0]).toBe('CARC B15');
  });

  it('puts a bare two-digit reason first but keeps procedure codes starting with it', () => {
    expect(shown('97')).toEqual(['CARC 97', '97110', '97140']);
    // One digit is usually the start of a procedure code: the reason comes last.
    expect(shown('6')).toEqual(['64633', '64634', 'CARC 6']);
    expect(shown('6463')).toEqual(['64633', '64634']);
  });

  it('finds denial codes by words such as "bundled" and "units exceed", before code hits', () => {
    const bundled = engine.search('bundled', 20);
    expect(bundled.length).toBeGreaterThan(0);
    expect(bundled.slice(0, 3).every((r) => r.kind)).toBe(true);
    expect(bundled.map((r) => r.code)).toContain('97');
    const units = shown('units exceed');
    expect(units.slice(0, 2).sort()).toEqual(['CARC 151', 'RARC N362']);
    expect(shown('timely filing')[0]).toBe('CARC 29');
  });

  it('leaves code and word searches without a denial match unchanged', () => {
    const plain = createSearchEngine(DOCS);
    for (const q of ['facet', 'dexamethasone', '64634', 'J1100', 'rfa']) {
      // Not vacuous: each query finds something, so equal lists mean the same hits in the same order.
      expect(plain.search(q, 20).length, q).toBeGreaterThan(0);
      expect(engine.search(q, 20), q).toEqual(plain.search(q, 20));
    }
  });

  it('does not invent a code: an unknown reason or remark finds nothing', () => {
    expect(adjustments.byCode('CO-999')?.hits).toEqual([]);
    expect(adjustments.byCode('N9999')?.hits).toEqual([]);
    expect(shown('CO-999')).toEqual([]);
  });
});
