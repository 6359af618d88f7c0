/** Statistics helpers of `npm run bench`: median and range, percentiles, per-field run summaries. */
import { describe, expect, it } from 'vitest';
import { fmt, fmtSummary, percentile, ratio, summarize, summarizeRuns } from '../../../scripts/bench/stats';
import { keystrokes } from '../../../scripts/bench/node-bench';

describe('bench statistics', () => {
  it('summarises median and min/max, ignoring non-numbers', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(summarize([NaN, 7, Infinity])).toEqual({ median: 7, min: 7, max: 7, n: 1 });
    expect(summarize([])).toBeNull();
  });

  it('interpolates percentiles between ranks', () => {
    const xs = [10, 20, 30, 40, 50];
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile(xs, 0.5)).toBe(30);
    expect(percentile(xs, 1)).toBe(50);
    expect(percentile(xs, 0.95)).toBeCloseTo(48);
    expect(percentile([3, 1, 2], 0.25)).toBe(1.5);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarises every numeric field of run records, nested ones by dotted name', () => {
    const s = summarizeRuns([{ a: 1, b: { ms: 10 }, note: 'x' }, { a: 3, b: { ms: 30 } }, { a: 2 }]);
    expect(s.a).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(s['b.ms']).toEqual({ median: 20, min: 10, max: 30, n: 2 });
    expect(s.note).toBeUndefined();
  });

  it('formats figures and ratios', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(fmt(1234.4)).toBe('1,234');
    expect(fmt(12.345)).toBe('12.3');
    expect(fmt(0.01234)).toBe('0.012');
    expect(fmtSummary({ median: 2, min: 1, max: 3, n: 3 }, 'ms')).toBe('2.00 ms (1.00–3.00)');
    expect(fmtSummary(null)).toBe('–');
  });

  it('turns a query into one search per keystroke', () => {
    expect(keystrokes('64 a')).toEqual(['6', '64', '64 ', '64 a']);
  });
});
