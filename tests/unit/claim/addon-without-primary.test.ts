import { describe, expect, it } from 'vitest';
import { check, dataset, ofRule } from './helpers';

describe('addon-without-primary (real NCCI AOC edits)', () => {
  it('64634 alone: type 1 add-on without its primary 64633 is an error', () => {
    const [f, ...rest] = ofRule(check(['64634']), 'addon-without-primary');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      addOn: '64634',
      editType: 1,
      primaries: ['64633'],
      codes: ['64634'],
      lines: [0],
    });
    expect(f.message).toContain('64633');
    expect(f.source).toContainEqual(dataset.source('aoc'));
    expect(f.source.map((s) => ('section' in s ? s.section : s.table))).toEqual([
      'aoc',
      'Chapter I §R',
      'Chapter I §W',
    ]);
  });

  it('64633 64634x2: the primary is billed, no finding and no error at all', () => {
    const r = check(['64633', '64634x2']);
    expect(ofRule(r, 'addon-without-primary')).toEqual([]);
    expect(r.summary.error).toBe(0);
  });

  it('a primary with a modifier still counts (64633-RT 64634-RT)', () => {
    expect(ofRule(check(['64633-RT', '64634-RT']), 'addon-without-primary')).toEqual([]);
  });

  it('another code is not a primary of a type 1 add-on (64490 with 64634)', () => {
    expect(ofRule(check(['64490', '64634']), 'addon-without-primary')[0]).toMatchObject({
      severity: 'error',
      addOn: '64634',
    });
  });

  describe('a primary that is itself an add-on must be anchored in turn', () => {
    it('0213T 0214T 0215T: 0215T lists 0213T and 0214T; all anchored', () => {
      expect(ofRule(check(['0213T', '0214T', '0215T']), 'addon-without-primary')).toEqual([]);
    });
    it('0214T 0215T without 0213T: both are errors, and 0215T says why 0214T does not count', () => {
      const findings = ofRule(check(['0215T', '0214T']), 'addon-without-primary');
      expect(findings.map((f) => f.addOn).sort()).toEqual(['0214T', '0215T']);
      const f215 = findings.find((f) => f.addOn === '0215T')!;
      expect(f215.unanchoredPrimaries).toEqual(['0214T']);
      expect(f215.message).toContain('0214T is on the claim but is itself an add-on without a primary');
    });
    it('15151 and 15152 chain back to 15150', () => {
      expect(ofRule(check(['15150', '15151', '15152']), 'addon-without-primary')).toEqual([]);
      expect(ofRule(check(['15151', '15152']), 'addon-without-primary')).toHaveLength(2);
    });
  });

  it('type 2 (0054T, contractor-defined primaries): warning alone, info with other services, with the CMS note', () => {
    const [alone] = ofRule(check(['0054T']), 'addon-without-primary');
    expect(alone).toMatchObject({ severity: 'warning', editType: 2, primaries: [] });
    expect(alone.notes).toEqual(['Contractor Defined Primary Codes']);
    expect(alone.message).toContain('Contractor Defined Primary Codes');
    const [withOther] = ofRule(check(['27447', '0054T']), 'addon-without-primary');
    expect(withOther).toMatchObject({ severity: 'info', editType: 2 });
    expect(withOther.message).toContain('27447');
  });

  it('type 3 (20701): nothing with a listed primary, info with another service, warning alone', () => {
    const edit = dataset.addOn('20701')!;
    expect(edit.editType).toBe(3);
    expect(ofRule(check([edit.primaries[0], '20701']), 'addon-without-primary')).toEqual([]);
    expect(ofRule(check(['99213', '20701']), 'addon-without-primary')[0]).toMatchObject({
      severity: 'info',
      editType: 3,
    });
    expect(ofRule(check(['20701']), 'addon-without-primary')[0]).toMatchObject({ severity: 'warning', editType: 3 });
  });
});
