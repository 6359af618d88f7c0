/**
 * Statistics and formatting for `npm run bench`: every figure is reported as median and min/max over its
 * runs; latency distributions (search keystrokes, frames) also as percentiles.
 */

/** Median and range of one figure over its runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median (mean of the two middle values for an even count) and min/max; NaN values are ignored. */
export function summarize(values: readonly number[]): Summary | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

/**
 * The p-th percentile (0 ≤ p ≤ 1) by linear interpolation between closest ranks (the common "type 7"
 * definition: p=0 is the minimum, p=1 the maximum, p=0.5 the median).
 */
export function percentile(values: readonly number[], p: number): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = Math.min(Math.max(p, 0), 1) * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/** Ratio a/b, NaN when b is not a positive number. */
export function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) ? a / b : NaN;
}

/** A number with sensible precision for a table: 3 significant digits below 100, whole numbers above. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 100) return Math.round(v).toLocaleString('en-US');
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v.toFixed(3);
}

/** `median (min–max)`, or `median` alone for a single run. */
export function fmtSummary(s: Summary | null, unit = ''): string {
  if (!s) return '–';
  const u = unit ? ` ${unit}` : '';
  return s.n > 1 && s.min !== s.max ? `${fmt(s.median)}${u} (${fmt(s.min)}–${fmt(s.max)})` : `${fmt(s.median)}${u}`;
}

/**
 * Summaries of every numeric field over a list of per-run records; fields of nested objects are named
 * `outer.inner`. Fields missing from some runs are summarised over the runs that have them.
 */
export function summarizeRuns(runs: readonly object[]): Record<string, Summary> {
  const values = new Map<string, number[]>();
  const add = (key: string, v: unknown) => {
    if (typeof v === 'number') {
      let list = values.get(key);
      if (!list) {
        list = [];
        values.set(key, list);
      }
      list.push(v);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, inner] of Object.entries(v)) add(`${key}.${k}`, inner);
    }
  };
  for (const run of runs) for (const [k, v] of Object.entries(run)) add(k, v);
  const out: Record<string, Summary> = {};
  for (const [k, list] of values) {
    const s = summarize(list);
    if (s) out[k] = s;
  }
  return out;
}
