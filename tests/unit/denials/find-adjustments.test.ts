import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AdjustmentColumn, adjustmentColumnOf, findAdjustmentCodes } from '../../../lib/denials/find-adjustments';

interface Case {
  text: string;
  column: AdjustmentColumn;
  codes: string[];
}
const corpus = JSON.parse(readFileSync('tests/fixtures/denials/adjustment-corpus.json', 'utf8')) as { cases: Case[] };

const shown = (text: string, column: AdjustmentColumn) =>
  findAdjustmentCodes(text, column).map((t) =>
    t.kind === 'rarc' ? `RARC ${t.code}` : t.group ? `${t.group}-${t.code}` : `CARC ${t.code}`,
  );

describe('findAdjustmentCodes on the corpus', () => {
  it.each(corpus.cases)('$text ($column) → $codes', ({ text, column, codes }) => {
    expect(shown(text, column)).toEqual(codes);
  });

  it('the corpus has both codes and look-alikes', () => {
    expect(corpus.cases.filter((c) => c.codes.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(corpus.cases.filter((c) => c.codes.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('gives offsets covering the whole written form', () => {
    const text = 'Paid 0.00 (CO-97, remark M80)';
    const [co97, m80] = findAdjustmentCodes(text);
    expect(text.slice(co97.start, co97.end)).toBe('CO-97');
    expect(text.slice(m80.start, m80.end)).toBe('M80');
  });
});

describe('adjustmentColumnOf', () => {
  it.each([
    ['Adj Reason', 'reason'],
    ['CARC', 'reason'],
    ['Denial Code', 'reason'],
    ['GRP/RC-AMT', 'adjustment'],
    ['Group/Reason', 'adjustment'],
    ['Remark Codes', 'remark'],
    ['RARC', 'remark'],
    ['Procedure', null],
    ['Paid', null],
    ['Address', null],
  ] as const)('%s → %s', (header, kind) => {
    expect(adjustmentColumnOf(header)).toBe(kind);
  });
});
