import { describe, expect, it } from 'vitest';
import { findingsForCode, summarizeFindings, worstSeverity } from '../../../lib/claim';
import { check } from './helpers';

describe('checkClaim result', () => {
  it('sorts errors, then warnings, then info, and counts them', () => {
    const r = check(['64490-59', '64633', '0213T', '64634x5', '99213']);
    const order = r.findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    expect(r.summary).toEqual({
      error: order.filter((s) => s === 'error').length,
      warning: order.filter((s) => s === 'warning').length,
      info: order.filter((s) => s === 'info').length,
      total: order.length,
    });
    expect(r.summary.error).toBeGreaterThan(0);
  });

  it('every finding carries at least one table source with an as-of date', () => {
    const r = check(['64490-59', '64633', '0213T', '64634x5', '92004-50', '99999', '0054T', '73560-XS']);
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(
      new Set([
        'unknown-code',
        'addon-without-primary',
        'ptp-pair',
        'mue-exceeded',
        'modifier-50-not-allowed',
        'modifier-59-not-needed',
      ]),
    );
    for (const f of r.findings) {
      expect(f.source.some((s) => 'table' in s && /^\d{4}-\d{2}-\d{2}$/.test(s.asOf))).toBe(true);
    }
  });

  it('findingsForCode returns the findings that involve a code (for the popover)', () => {
    const r = check(['64633', '64490', '64634x5']);
    // 64490 is column 2 of edits with both 64633 and 64634.
    const for490 = findingsForCode(r.findings, '64490');
    expect(for490.map((f) => [f.rule, ...f.codes])).toEqual([
      ['ptp-pair', '64633', '64490'],
      ['ptp-pair', '64634', '64490'],
    ]);
    expect(
      findingsForCode(r.findings, ' 64634 ')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['mue-exceeded', 'ptp-pair']);
    expect(findingsForCode(r.findings, '99213')).toEqual([]);
  });

  it('summarizeFindings and worstSeverity', () => {
    expect(summarizeFindings([])).toEqual({ error: 0, warning: 0, info: 0, total: 0 });
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity(check(['64633', '64490']).findings)).toBe('warning');
    expect(worstSeverity(check(['64634']).findings)).toBe('error');
  });

  it('records a non-Medicare payer as not checked', () => {
    expect(check(['64633'], { payer: 'aetna' }).notChecked).toContainEqual(
      expect.objectContaining({ rule: 'payer-policy' }),
    );
    expect(check(['64633'], { payer: 'medicare' }).notChecked.map((n) => n.rule)).not.toContain('payer-policy');
  });
});
