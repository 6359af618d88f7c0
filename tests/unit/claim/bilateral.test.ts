import { describe, expect, it } from 'vitest';
import { check, dataset, ofRule } from './helpers';

const bilateral = (lines: string[]) =>
  check(lines).findings.filter((f) => f.rule === 'modifier-50-not-allowed' || f.rule === 'bilateral-guidance');

describe('bilateral rules (real PFS bilateral surgery indicators)', () => {
  it('the codes used here carry the indicators the tests assume', () => {
    expect(['11042', '64490', '92004', '73560', '36415', '10060'].map((c) => dataset.pfs(c)?.bilateral)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '9',
      '0',
    ]);
  });

  it.each([
    ['11042', '0', 'no bilateral payment'],
    ['92004', '2', 'already priced as a bilateral procedure'],
    ['36415', '9', 'does not apply'],
  ])('50 on %s (indicator %s) is modifier-50-not-allowed', (code, ind, words) => {
    const [f] = ofRule(check([`${code}-50`]), 'modifier-50-not-allowed');
    expect(f).toMatchObject({ severity: 'error', code, bilateralIndicator: ind, lines: [0] });
    expect(f.message).toContain(words);
    expect(f.source).toContainEqual(dataset.source('pfs'));
  });

  it('50 with 1 unit on an indicator-1 code (64490-50) gives no bilateral finding', () => {
    expect(bilateral(['64490-50'])).toEqual([]);
  });

  it('50 with 2 units on an indicator-1 code: report 1 unit', () => {
    const [f] = ofRule(check(['64490-50x2']), 'bilateral-guidance');
    expect(f).toMatchObject({ severity: 'warning', code: '64490', bilateralIndicator: '1' });
    expect(f.message).toContain('1 unit');
  });

  it('RT and LT lines of an indicator-1 surgical code (64633, global 010): use 50', () => {
    const [f] = ofRule(check(['64633-RT', '64633-LT']), 'bilateral-guidance');
    expect(f).toMatchObject({ severity: 'warning', lines: [0, 1] });
    expect(f.message).toContain('one line with modifier 50 and 1 unit');
  });

  it('RT and LT lines of an indicator-1 diagnostic code (38220, global XXX): info only', () => {
    expect(dataset.pfs('38220')).toMatchObject({ bilateral: '1', globalDays: 'XXX' });
    expect(ofRule(check(['38220-RT', '38220-LT']), 'bilateral-guidance')[0]).toMatchObject({ severity: 'info' });
  });

  it('RT and LT lines of an indicator-0 or indicator-2 code: warning', () => {
    expect(ofRule(check(['11042-RT', '11042-LT']), 'bilateral-guidance')[0].message).toContain('indicator is 0');
    expect(ofRule(check(['92004-RT', '92004-LT']), 'bilateral-guidance')[0].message).toContain('indicator is 2');
  });

  it('indicator 3 (73560): 50 is allowed and explained, RT+LT gives nothing', () => {
    expect(ofRule(check(['73560-50']), 'modifier-50-not-allowed')).toEqual([]);
    expect(ofRule(check(['73560-50']), 'bilateral-guidance')[0]).toMatchObject({
      severity: 'info',
      bilateralIndicator: '3',
    });
    expect(bilateral(['73560-RT', '73560-LT'])).toEqual([]);
  });

  it('50 together with RT on one line: drop RT', () => {
    expect(ofRule(check(['64490-50-RT']), 'bilateral-guidance')[0].message).toContain('drop RT/LT');
  });

  it('is not run on outpatient hospital claims, and says so', () => {
    const r = check(['92004-50'], { setting: 'outpatientHospital' });
    expect(ofRule(r, 'modifier-50-not-allowed')).toEqual([]);
    expect(r.notChecked.map((n) => n.rule)).toContain('modifier-50-not-allowed');
  });
});
