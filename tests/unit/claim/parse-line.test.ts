import { describe, expect, it } from 'vitest';
import { ClaimLineError, parseClaimLine, parseClaimLines } from '../../../lib/claim';

describe('parseClaimLine', () => {
  it.each([
    ['64633-RT', { code: '64633', modifiers: ['RT'], units: 1 }],
    ['64634x2', { code: '64634', modifiers: [], units: 2 }],
    ['64490-59', { code: '64490', modifiers: ['59'], units: 1 }],
    ['J1100x150', { code: 'J1100', modifiers: [], units: 150 }],
    ['20610-rt-xsX3', { code: '20610', modifiers: ['RT', 'XS'], units: 3 }],
    ['0213T-50', { code: '0213T', modifiers: ['50'], units: 1 }],
    ['99213-GX', { code: '99213', modifiers: ['GX'], units: 1 }],
    ['  99214  ', { code: '99214', modifiers: [], units: 1 }],
  ])('%s', (input, expected) => {
    expect(parseClaimLine(input)).toEqual(expected);
  });

  it.each([
    ['', 'the line is empty'],
    ['6463', 'is not a CPT or HCPCS code'],
    ['646333', 'is not a CPT or HCPCS code'],
    ['64633-R', 'modifier "R" must be exactly 2 letters or digits'],
    ['64633-RTX', 'units are missing after "x" (write e.g. 64633x2)'],
    ['64633-RTS', 'modifier "RTS" must be exactly 2 letters or digits'],
    ['64633--RT', 'empty modifier'],
    ['64633-', 'empty modifier'],
    ['64634x0', 'units must be at least 1'],
    ['64634x', 'units are missing after "x"'],
    ['64634x1.5', 'must be a whole number'],
    ['64634x99999999', 'exceed the largest accepted value'],
    ['ABCDE', 'is not a CPT or HCPCS code'],
  ])('rejects %j with a reason', (input, reason) => {
    expect(() => parseClaimLine(input)).toThrow(ClaimLineError);
    expect(() => parseClaimLine(input)).toThrow(reason);
  });

  it('names the line and its position in a list', () => {
    try {
      parseClaimLines(['64633', '64490-X', '64634']);
      expect.unreachable();
    } catch (e) {
      const err = e as ClaimLineError;
      expect(err).toBeInstanceOf(ClaimLineError);
      expect(err.index).toBe(1);
      expect(err.input).toBe('64490-X');
      expect(err.message).toBe('Line 2 "64490-X": modifier "X" must be exactly 2 letters or digits');
    }
  });
});
