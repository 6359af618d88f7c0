import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { CATEGORIES, categoryOf, categoryRangesOf } from '../../../lib/editorial/categories';
import { isCptCode } from '../../../lib/editorial/code-ranges';

const all = loadDataset().allCodes();

describe('code categories', () => {
  it('every CPT code in the dataset falls in exactly one range', () => {
    const cpt = all.filter(isCptCode);
    expect(cpt.length).toBeGreaterThan(10000);
    const bad = cpt.filter((c) => categoryRangesOf(c).length !== 1);
    expect(bad).toEqual([]);
  });

  it('every HCPCS Level II code in the dataset falls in exactly one range', () => {
    const hcpcs = all.filter((c) => /^[A-V]\d{4}$/.test(c));
    expect(hcpcs.length).toBeGreaterThan(5000);
    expect(hcpcs.filter((c) => categoryRangesOf(c).length !== 1)).toEqual([]);
  });

  it('numeric ranges cover 00100–99607 with no gap or overlap', () => {
    const num = CATEGORIES.ranges.filter((r) => /^\d{5}$/.test(r.from)).sort((a, b) => a.from.localeCompare(b.from));
    expect(num[0].from).toBe('00100');
    expect(num[num.length - 1].to).toBe('99607');
    for (let i = 1; i < num.length; i++) expect(Number(num[i].from), num[i].from).toBe(Number(num[i - 1].to) + 1);
  });

  it('names the right family for sample codes and nothing for non-codes', () => {
    expect(categoryOf('64634')).toMatch(/nerve destruction/);
    expect(categoryOf('64490')).toMatch(/facet joint injections/);
    expect(categoryOf('99213')).toMatch(/office and outpatient visits/);
    expect(categoryOf('0213T')).toMatch(/Category III/);
    expect(categoryOf('J3301')).toMatch(/drugs/);
    // Not a listed code, yet inside the CPT integumentary range: the family still names it.
    expect(categoryOf('12345')).toMatch(/integumentary/);
    expect(categoryOf('ABCDE')).toBeUndefined();
  });
});
