import { describe, expect, it } from 'vitest';
import {
  ADJUSTMENT_CODES,
  adjustmentMeaning,
  explainGroup,
  explainReason,
  explainRemark,
  NO_EXPLANATION,
  normalizeReason,
  normalizeRemark,
  validateAdjustmentCodes,
} from '../../../lib/denials';
import type { AdjustmentCodesFile } from '../../../lib/denials';

const clone = (): AdjustmentCodesFile => structuredClone(ADJUSTMENT_CODES);

describe('bundled denial-code explanations', () => {
  it('validate with no problems', () => {
    expect(validateAdjustmentCodes(ADJUSTMENT_CODES)).toEqual([]);
  });

  it('cover at least 80 reason codes and 60 remark codes, and all five groups', () => {
    expect(ADJUSTMENT_CODES.carc.length).toBeGreaterThanOrEqual(80);
    expect(ADJUSTMENT_CODES.rarc.length).toBeGreaterThanOrEqual(60);
    expect(ADJUSTMENT_CODES.groups.map((g) => g.code).sort()).toEqual(['CO', 'CR', 'OA', 'PI', 'PR']);
  });

  it('explain the codes billers see most with their official list and a dated source', () => {
    for (const code of ['45', '97', '236', '151', '16', '18', '50', '4', 'B15', '2']) {
      const r = explainReason(code);
      expect(r.explanation, code).toBeDefined();
      expect(r.officialList.url).toBe('https://x12.org/codes/claim-adjustment-reason-codes');
      expect(r.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.dateChecked))).toBe(true);
    }
    for (const code of ['M80', 'M86', 'N362', 'N390', 'MA130'])
      expect(explainRemark(code).explanation, code).toBeDefined();
  });

  it('ties coding-edit reasons to the claim-check rule that can explain them', () => {
    expect(explainReason('97').explanation?.linksTo).toBe('ptp-pair');
    expect(explainReason('236').explanation?.linksTo).toBe('ptp-pair');
    expect(explainReason('151').explanation?.linksTo).toBe('mue-exceeded');
    expect(explainReason('B15').explanation?.linksTo).toBe('addon-without-primary');
    expect(explainRemark('N362').explanation?.linksTo).toBe('mue-exceeded');
    expect(explainReason('45').explanation?.linksTo).toBeUndefined();
  });

  it('say "no explanation bundled" with the official link for other codes', () => {
    const r = explainReason('288');
    expect(r.explanation).toBeUndefined();
    expect(r.officialList.url).toMatch(/x12\.org\/codes\/claim-adjustment-reason-codes/);
    expect(adjustmentMeaning('CO', '288')).toBe(`CO (contractual obligation): ${NO_EXPLANATION}`);
    expect(explainRemark('N9999').officialList.url).toMatch(/remittance-advice-remark-codes/);
  });

  it('normalise code spellings', () => {
    expect(normalizeReason('097')).toBe('97');
    expect(normalizeReason('b15')).toBe('B15');
    expect(normalizeReason('1000')).toBeNull();
    expect(normalizeRemark('n362')).toBe('N362');
    expect(normalizeRemark('N0362')).toBeNull();
    expect(explainGroup('pr')?.whoPays).toBe('patient');
  });
});

describe('validateAdjustmentCodes', () => {
  it('rejects an unsourced or inference-level entry, a bad date and a missing official-list source', () => {
    const f = clone();
    f.carc[0].sources = ['noridian-ncci'];
    f.sources['noridian-ncci'].evidence = 'I' as 'P';
    f.sources['fcso-co16'].dateChecked = 'Jan 2026';
    f.rarc[0].sources = ['x12-rarc', 'nowhere'];
    const problems = validateAdjustmentCodes(f).join('\n');
    expect(problems).toMatch(/carc 1: first source must be the official carc list/);
    expect(problems).toMatch(/source noridian-ncci: evidence must be P or S/);
    expect(problems).toMatch(/source fcso-co16: dateChecked missing or not ISO/);
    expect(problems).toMatch(/rarc M15: unknown source nowhere/);
  });

  it('rejects duplicates, bad shapes, a missing appealable flag and empty guidance', () => {
    const f = clone();
    f.carc.push({ ...f.carc[1] });
    f.rarc[1].code = 'X12';
    f.carc[2].appealable = undefined;
    f.carc[3].actions = [];
    const problems = validateAdjustmentCodes(f).join('\n');
    expect(problems).toMatch(/carc 2: duplicate/);
    expect(problems).toMatch(/rarc X12: not a rarc code shape/);
    expect(problems).toMatch(/carc 3: appealable invalid/);
    expect(problems).toMatch(/carc 4: actions must list items/);
  });
});
