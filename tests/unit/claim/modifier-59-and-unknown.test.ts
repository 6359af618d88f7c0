import { checkClaim, parseClaimLines } from '../../../lib/claim';
import { describe, expect, it } from 'vitest';
import { check, dataset, ofRule } from './helpers';

describe('modifier-59-not-needed', () => {
  it('64490-59 alone: info, nothing to bypass', () => {
    const [f] = ofRule(check(['64490-59']), 'modifier-59-not-needed');
    expect(f).toMatchObject({ severity: 'info', code: '64490', modifier: '59', lines: [0] });
    expect(f.message).toContain('only service on the claim');
  });

  it('XS on a code with no PTP edit against the other line (73560 with 20610)', () => {
    expect(dataset.ptpPair('20610', '73560')).toBeUndefined();
    const [f] = ofRule(check(['20610', '73560-XS']), 'modifier-59-not-needed');
    expect(f).toMatchObject({ code: '73560', modifier: 'XS', lines: [1] });
    expect(f.message).toContain('forms no NCCI PTP edit with 20610');
  });

  it('no finding when the modifier does bypass an edit (64633 64490-59)', () => {
    expect(ofRule(check(['64633', '64490-59']), 'modifier-59-not-needed')).toEqual([]);
  });

  it('no finding when the same code is on another line (units split over lines)', () => {
    expect(ofRule(check(['A0425x200', 'A0425-59x100']), 'modifier-59-not-needed')).toEqual([]);
  });
});

describe('unknown-code', () => {
  it('a code in no bundled table is a warning naming the tables searched; other rules skip it', () => {
    expect(dataset.has('99999')).toBe(false);
    const r = check(['99999x500', '64633']);
    const [f] = ofRule(r, 'unknown-code');
    expect(f).toMatchObject({ severity: 'warning', status: 'unknown', codes: ['99999'], lines: [0] });
    expect(f.message).toContain('Physician Fee Schedule');
    expect(r.findings.filter((x) => x.codes.includes('99999'))).toEqual([f]);
  });

  it('a terminated code (A4397, ended 2021-12-31) is a terminated-code error with its end date', () => {
    const [f] = ofRule(check(['A4397']), 'terminated-code');
    expect(f).toMatchObject({ severity: 'error', status: 'terminated', terminatedOn: '2021-12-31' });
    expect(f.source).toContainEqual(dataset.source('hcpcs'));
    expect(ofRule(check(['A4397']), 'unknown-code')).toEqual([]);
  });

  it('terminated-code depends on the date of service: G2012 (ended 2024-12-31) is valid on 2024-12-31, not after', () => {
    const on = (dateOfService: string) =>
      checkClaim(parseClaimLines(['G2012']), dataset, { dateOfService }).findings.filter(
        (f) => f.rule === 'terminated-code',
      );
    expect(on('2024-12-31')).toEqual([]);
    const [f] = on('2025-01-02');
    expect(f).toMatchObject({ terminatedOn: '2024-12-31', dateOfService: '2025-01-02' });
    expect(f.message).toMatch(/terminated on 2024-12-31, before the date of service 2025-01-02/);
  });

  it('one finding per code, listing every line of it', () => {
    expect(ofRule(check(['99999', '64633', '99999-RT']), 'unknown-code')).toEqual([
      expect.objectContaining({ lines: [0, 2] }),
    ]);
  });
});
