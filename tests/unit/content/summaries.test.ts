import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { SUMMARIES, summaryOf, wordCount } from '../../../lib/content/summaries';
import { validateSummary } from '../../../lib/content/validate';

const ds = loadDataset();

describe('plain-language summaries', () => {
  it('every record passes the schema, including the 8–25 word rule', () => {
    expect(SUMMARIES.records.length).toBeGreaterThan(50);
    expect(SUMMARIES.records.flatMap(validateSummary)).toEqual([]);
    for (const r of SUMMARIES.records) expect(wordCount(r.summary)).toBeGreaterThanOrEqual(8);
  });

  it('the validator rejects a summary that is too long or mislabelled', () => {
    const good = summaryOf('64634')!;
    expect(validateSummary({ ...good, summary: 'word '.repeat(26) })).toHaveLength(1);
    expect(validateSummary({ ...good, kind: 'official' as never })).toHaveLength(1);
  });

  it('every summarised code exists in the CMS dataset, once', () => {
    const codes = SUMMARIES.records.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !ds.has(c))).toEqual([]);
  });

  it('add-on flags and primaries agree with the CMS add-on table', () => {
    for (const r of SUMMARIES.records) {
      const aoc = ds.addOn(r.code);
      expect(r.addOn, r.code).toBe(!!aoc);
      if (r.reportedWith && aoc?.editType === 1)
        expect([...r.reportedWith].sort(), r.code).toEqual([...aoc.primaries].sort());
    }
  });

  it('status and termination dates agree with the HCPCS file', () => {
    for (const r of SUMMARIES.records) {
      const info = ds.info(r.code)!;
      expect(r.status, r.code).toBe(info.status);
      expect(r.terminatedOn, r.code).toBe(info.terminatedOn);
    }
    expect(summaryOf('J1020')?.replacedBy).toBe('J1010');
    expect(ds.info('J1010')?.addedOn).toBe('2024-04-01');
  });

  it('64634 carries the add-on detail and documentation checklist the popover needs', () => {
    const s = summaryOf('64634')!;
    expect(s.unit).toBe('per facet joint, each additional');
    expect(s.imagingIncluded).toBe('yes');
    expect(s.typicalSettings).toEqual(expect.arrayContaining(['asc', 'hospital-outpatient']));
    const doc = s.documentation!.join(' ').toLowerCase();
    for (const item of ['laterality', 'imaging', 'temperature', 'start and stop', 'complications'])
      expect(doc).toContain(item);
  });
});
