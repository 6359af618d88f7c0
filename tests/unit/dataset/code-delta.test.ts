import { describe, expect, it } from 'vitest';
import {
  applyCodeDelta,
  codeDelta,
  codeDeltaTooLarge,
  encodeKnownCodes,
  isCodeDelta,
  makeIsKnown,
  MAX_DELTA_CODES,
} from '../../../lib/dataset/known-codes';

const bundled = encodeKnownCodes(['64633', '64634', 'J1100', 'G2012']).bitmap;

describe('the active code set as a difference from the bundled bitmap', () => {
  it('lists codes an import adds and codes it no longer lists, sorted, shapes the bitmap holds only', () => {
    const before = { '64633': 1, '64634': 1, J1100: 1, G2012: 1 };
    const after = { '64633': 1, '64634': 1, J1100: 1, J0999: 1, A0001: 1, '0001A': 1 };
    expect(codeDelta(before, after)).toEqual({ added: ['A0001', 'J0999'], removed: ['G2012'] });
    expect(codeDelta(before, before)).toEqual({ added: [], removed: [] });
  });

  it('applies a difference to a copy: added codes known, removed ones not, the bundled bitmap untouched', () => {
    const active = makeIsKnown(applyCodeDelta(bundled, { added: ['J0999'], removed: ['G2012'] }));
    expect(active('J0999')).toBe(true);
    expect(active('G2012')).toBe(false);
    expect(active('64634')).toBe(true);
    const original = makeIsKnown(bundled);
    expect(original('J0999')).toBe(false);
    expect(original('G2012')).toBe(true);
  });

  it('a malformed stored value changes nothing: the bundled bitmap itself is used', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'J0999',
      { added: 'J0999', removed: [] },
      { added: ['J0999'] },
      { added: ['J0999', 'not a code'], removed: [] },
      { added: [42], removed: [] },
      { added: Array.from({ length: MAX_DELTA_CODES + 1 }, () => 'J0999'), removed: [] },
    ];
    for (const v of bad) {
      expect(isCodeDelta(v)).toBe(false);
      expect(applyCodeDelta(bundled, v)).toBe(bundled);
    }
    expect(applyCodeDelta(bundled, { added: [], removed: [] })).toBe(bundled);
  });

  it('names a difference the content script would refuse (over MAX_DELTA_CODES either way), and only that', () => {
    const many = (n: number) => Array.from({ length: n }, () => 'J0999');
    expect(codeDeltaTooLarge({ added: many(MAX_DELTA_CODES), removed: many(MAX_DELTA_CODES) })).toBeUndefined();
    expect(codeDeltaTooLarge({ added: [], removed: many(MAX_DELTA_CODES + 2) })).toMatch(
      /^ClaimLens: the imported CMS tables remove 50,002 codes from the bundled set, more than pages can take \(50,000\)/,
    );
  });
});
