import { describe, expect, it } from 'vitest';
import { check, dataset, ofRule } from './helpers';

describe('mue-exceeded (real NCCI MUE tables)', () => {
  it('64634x5: practitioner MUE 4, MAI 3 — error, appealable with documentation, 2026 table cited', () => {
    const [f] = ofRule(check(['64633', '64634x5']), 'mue-exceeded');
    expect(f).toMatchObject({
      severity: 'error',
      code: '64634',
      mue: 4,
      mai: 3,
      unitsReported: 5,
      setting: 'practitioner',
      lines: [1],
    });
    expect(f.message).toContain('appealed with the medical record');
    expect(f.message).toContain('as of 2026-04-01');
    expect(f.source[0]).toEqual(dataset.mue('64634', 'practitioner')!.source);
    expect(f.source).toContainEqual({
      document: 'NCCI Policy Manual for Medicare Services, 2026',
      section: 'Chapter I §V',
      asOf: '2026-01-01',
    });
  });

  it('64634x4 is within the MUE', () => {
    expect(ofRule(check(['64633', '64634x4']), 'mue-exceeded')).toEqual([]);
  });

  it('MAI 3 sums units over lines of the date of service (64634x3 + 64634-XSx2 = 5)', () => {
    const [f] = ofRule(check(['64633', '64634x3', '64634-XSx2']), 'mue-exceeded');
    expect(f).toMatchObject({ unitsReported: 5, lines: [1, 2], mai: 3 });
  });

  it('MAI 2 sums too and says it cannot be appealed (64490-RT + 64490-LT, MUE 1)', () => {
    const [f] = ofRule(check(['64490-RT', '64490-LT']), 'mue-exceeded');
    expect(f).toMatchObject({ mai: 2, mue: 1, unitsReported: 2, lines: [0, 1] });
    expect(f.message).toContain('not overridden on appeal');
  });

  it('MAI 1 compares each line alone (A0425, MUE 250)', () => {
    expect(dataset.mue('A0425', 'practitioner')).toMatchObject({ units: 250, mai: 1 });
    expect(ofRule(check(['A0425x200', 'A0425-59x200']), 'mue-exceeded')).toEqual([]);
    const [f] = ofRule(check(['A0425x100', 'A0425-59x300']), 'mue-exceeded');
    expect(f).toMatchObject({ mai: 1, unitsReported: 300, lines: [1] });
    expect(f.message).toContain('claim-line edit');
  });

  it('uses the setting: 85025x3 exceeds the practitioner MUE (2) but not the outpatient hospital one (4)', () => {
    expect(ofRule(check(['85025x3']), 'mue-exceeded')[0]).toMatchObject({ mue: 2, setting: 'practitioner' });
    expect(ofRule(check(['85025x3'], { setting: 'outpatientHospital' }), 'mue-exceeded')).toEqual([]);
    expect(ofRule(check(['85025x5'], { setting: 'outpatientHospital' }), 'mue-exceeded')[0]).toMatchObject({
      mue: 4,
      setting: 'outpatientHospital',
    });
  });

  it('an MUE of 0 (G0463 on practitioner claims) explains what 0 means', () => {
    const [f] = ofRule(check(['G0463']), 'mue-exceeded');
    expect(f).toMatchObject({ mue: 0, unitsReported: 1 });
    expect(f.message).toContain('An MUE of 0 means');
  });

  it('a code with no MUE gets no finding, but is listed as not checked', () => {
    const noMue = dataset
      .allCodes()
      .find((c) => dataset.info(c)?.status === 'active' && !dataset.mue(c, 'practitioner') && !dataset.addOn(c))!;
    const r = check([`${noMue}x999`]);
    expect(ofRule(r, 'mue-exceeded')).toEqual([]);
    expect(r.notChecked).toContainEqual(expect.objectContaining({ rule: 'mue-exceeded', codes: [noMue] }));
  });
});
