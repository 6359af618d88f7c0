/** The pure parts of `npm run demo`'s report: the panel notation in words, and naming the look-alikes. */
import { describe, expect, it } from 'vitest';
import { describeDetail } from '../../../scripts/demo/format';
import { classifyTokens } from '../../../scripts/demo/look-alikes';
import type { PageToken } from '../../../scripts/demo/page-probe';
import { REPO_ROOT } from '../../e2e/harness/paths';

const token = (text: string, marked: boolean, before = '', label = ''): PageToken => ({ text, marked, before, label });

describe('describeDetail', () => {
  it('reads modifiers and units from the panel notation', () => {
    expect(describeDetail('-RT ×2')).toBe('mod RT, 2 units');
    expect(describeDetail('-59 ×1')).toBe('mod 59, 1 unit');
    expect(describeDetail('-RT -59')).toBe('mod RT 59');
    expect(describeDetail('×10')).toBe('10 units');
    expect(describeDetail('')).toBe('(no modifier or units)');
  });
});

describe('classifyTokens', () => {
  const audit = {
    marks: 3,
    strayMarks: [],
    adjustmentMarks: [],
    tokens: [
      token('64634', true, 'Line 2: +'),
      token('99204', false, 'Spokane, WA '),
      token('99223', false, 'Service location ZIP: '),
      token('99212', true, 'Spokane Valley, WA '), // a wrongly marked ZIP must show up as marked
      token('99205', false, '', 'Payer ID'),
      token('64634', false, 'PO Box '),
      token('64634', false, 'SPN-'),
      token('88041', false, '99212-'), // not a known code: never a candidate, so not a look-alike
      token('J1100', true, ''),
    ],
  };
  const report = classifyTokens(audit, REPO_ROOT);

  it('names each unmarked known code number by its label or the words before it', () => {
    expect(report.lookAlikes.map((l) => [l.text, l.kind])).toEqual([
      ['99204', 'ZIP'],
      ['99223', 'ZIP'],
      ['99205', 'Payer ID'],
      ['64634', 'PO Box'],
      ['64634', 'part of an ID'],
    ]);
    expect(report.lookAlikes[2].context).toBe('Payer ID: 99205');
  });

  it('lists every ZIP with whether it was marked', () => {
    expect(report.zips.map((z) => [z.text, z.marked])).toEqual([
      ['99204', false],
      ['99223', false],
      ['99212', true],
    ]);
  });

  it('keeps the marked codes apart', () => {
    expect(report.markedCodes.map((t) => t.text)).toEqual(['64634', '99212', 'J1100']);
  });
});
