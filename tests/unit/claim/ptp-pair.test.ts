import { describe, expect, it } from 'vitest';
import { check, dataset, ofRule } from './helpers';

describe('ptp-pair (real NCCI practitioner PTP edits)', () => {
  it('64633 with 64490: indicator 1 without a modifier is a warning naming column 1/2', () => {
    const [f, ...rest] = ofRule(check(['64633', '64490']), 'ptp-pair');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      column1: '64633',
      column2: '64490',
      modifierIndicator: 1,
      codes: ['64633', '64490'],
      lines: [0, 1],
      bypassedBy: [],
    });
    expect(f.message).toContain('64490 will be denied');
    expect(f.message).toContain('XS (separate structure)');
    expect(f.message).toMatch(/Do not use them for work on the same site at the same session/);
    expect(f.source).toContainEqual(dataset.source('ptp'));
    expect(f.source).toContainEqual({
      document: 'NCCI Policy Manual for Medicare Services, 2026',
      section: 'Chapter I §E',
      asOf: '2026-01-01',
    });
  });

  it('the order of the lines does not change column 1 and column 2', () => {
    const [f] = ofRule(check(['64490', '64633']), 'ptp-pair');
    expect(f).toMatchObject({ column1: '64633', column2: '64490', lines: [0, 1] });
  });

  it.each(['XS', 'XE', 'XP', 'XU', '59', '58', '78', '79'])(
    '64633 with 64490-%s: bypassed, info naming the modifier',
    (mod) => {
      const [f] = ofRule(check(['64633', `64490-${mod}`]), 'ptp-pair');
      expect(f).toMatchObject({ severity: 'info', modifierIndicator: 1, bypassedBy: [mod] });
      expect(f.message).toContain(`Bypassed by ${mod}`);
      expect(f.message).toContain('medical record must support');
    },
  );

  it('the bypass modifier may sit on the column 1 line', () => {
    const [f] = ofRule(check(['64633-XS', '64490']), 'ptp-pair');
    expect(f).toMatchObject({ severity: 'info', bypassedBy: ['XS'] });
  });

  it('64633 with 0213T: indicator 0 is an error that no modifier bypasses', () => {
    for (const lines of [
      ['64633', '0213T'],
      ['64633', '0213T-59'],
      ['64633-RT', '0213T-LT'],
    ]) {
      const [f] = ofRule(check(lines), 'ptp-pair');
      expect(f).toMatchObject({ severity: 'error', column1: '64633', column2: '0213T', modifierIndicator: 0 });
      expect(f.message).toContain('No modifier allows both to be paid');
    }
  });

  it('64633 with its add-on 64634 is not a PTP pair', () => {
    expect(ofRule(check(['64633', '64634x2']), 'ptp-pair')).toEqual([]);
  });

  describe('anatomic modifiers bypass only for different sites', () => {
    it('RT on one line and LT on the other: bypassed', () => {
      const [f] = ofRule(check(['64633-RT', '64490-LT']), 'ptp-pair');
      expect(f).toMatchObject({ severity: 'info' });
      expect(f.bypassedBy.sort()).toEqual(['LT', 'RT']);
    });
    it('the same side on both lines: warning, the modifiers are rejected with the reason', () => {
      const [f] = ofRule(check(['64633-RT', '64490-RT']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers).toEqual([{ modifier: 'RT', reason: expect.stringContaining('same site') }]);
    });
    it('a site on one line only: warning', () => {
      const [f] = ofRule(check(['64633-RT', '64490']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers[0].reason).toContain('64490 needs its own anatomic modifier');
    });
    it('50 on one line overlaps any side on the other', () => {
      expect(ofRule(check(['64633-50', '64490-LT']), 'ptp-pair')[0].severity).toBe('warning');
    });
  });

  describe('E&M modifiers follow the global surgery rules (manual Chapter I §D/§E)', () => {
    it('25 on the E&M with a minor procedure (20610, global 000): bypassed', () => {
      const [f] = ofRule(check(['20610', '99213-25']), 'ptp-pair');
      expect(f).toMatchObject({ severity: 'info', column1: '20610', column2: '99213', bypassedBy: ['25'] });
      expect(f.source).toContainEqual(dataset.source('pfs'));
    });
    it('25 with major surgery (27447, global 090): not a bypass, points to 57', () => {
      const [f] = ofRule(check(['27447', '99213-25']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers[0]).toMatchObject({ modifier: '25' });
      expect(f.rejectedModifiers[0].reason).toContain('modifier 57');
    });
    it('57 with major surgery: bypassed; 57 with a minor procedure (10060, global 010): rejected', () => {
      expect(ofRule(check(['27447', '99213-57']), 'ptp-pair')[0]).toMatchObject({
        severity: 'info',
        bypassedBy: ['57'],
      });
      const [minor] = ofRule(check(['10060', '99213-57']), 'ptp-pair');
      expect(minor.severity).toBe('warning');
      expect(minor.rejectedModifiers[0].reason).toContain('global period 010');
    });
    it('24 with a procedure that has a global period: bypassed', () => {
      expect(ofRule(check(['27447', '99213-24']), 'ptp-pair')[0]).toMatchObject({
        severity: 'info',
        bypassedBy: ['24'],
      });
    });
    it('25 on the procedure line instead of the E&M line: rejected', () => {
      const [f] = ofRule(check(['20610-25', '99213']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers[0].reason).toContain('belongs on an E&M code');
    });
    it('59 on an E&M code does not bypass; the warning points to 25', () => {
      const [f] = ofRule(check(['20610', '99213-59']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers[0].reason).toContain('should not be appended to an E&M code');
      expect(f.message).toContain('modifier 25 on 99213');
    });
    it('27 is for outpatient hospital claims, not practitioner claims', () => {
      const [f] = ofRule(check(['20610', '99213-27']), 'ptp-pair');
      expect(f.severity).toBe('warning');
      expect(f.rejectedModifiers[0].reason).toContain('hospital claims');
    });
  });

  it('91 bypasses only on a laboratory code (80053 with 82947-91) and not on 64490', () => {
    expect(ofRule(check(['80053', '82947-91']), 'ptp-pair')[0]).toMatchObject({ severity: 'info', bypassedBy: ['91'] });
    const [f] = ofRule(check(['64633', '64490-91']), 'ptp-pair');
    expect(f.severity).toBe('warning');
    expect(f.rejectedModifiers[0].reason).toContain('not a laboratory code');
  });

  it.each(['22', '76', '77'])('%s never bypasses an edit', (mod) => {
    const [f] = ofRule(check(['64633', `64490-${mod}`]), 'ptp-pair');
    expect(f.severity).toBe('warning');
    expect(f.rejectedModifiers).toEqual([{ modifier: mod, reason: `${mod} never bypasses an NCCI PTP edit` }]);
  });

  it('with two lines of the column 2 code, every pair must be bypassed for info', () => {
    const [f] = ofRule(check(['64633', '64490-XS', '64490']), 'ptp-pair');
    expect(f.severity).toBe('warning');
    expect(f.lines).toEqual([0, 1, 2]);
    expect(ofRule(check(['64633', '64490-XS', '64490-XE']), 'ptp-pair')[0].severity).toBe('info');
  });

  it('is not run on outpatient hospital claims without an outpatient PTP table, and says what to import', () => {
    const r = check(['64633', '0213T'], { setting: 'outpatientHospital' });
    expect(ofRule(r, 'ptp-pair')).toEqual([]);
    const reason = r.notChecked.find((n) => n.rule === 'ptp-pair')?.reason ?? '';
    // "No data" is never "no problem": plainly not checked, for this setting, and what would let it run.
    expect(reason).toMatch(/^NCCI PTP edits were not checked for this outpatient hospital claim/);
    expect(reason).toContain('outpatient hospital PTP files (ccioph-v###r0-f1 to f4, all four)');
    expect(reason).toContain('Update data from CMS files');
    expect(r.notChecked.find((n) => n.rule === 'modifier-59-not-needed')?.reason).toMatch(/outpatient hospital PTP/);
  });
});
