/**
 * Collects PTP edits one at a time (millions of them, from a CMS release) without an object per edit,
 * then sorts and encodes them (lib/dataset/ptp-codec.ts). Codes, rationales, dates and attribute tuples
 * are interned as they arrive; each edit is three numbers in growable typed arrays.
 */
import { type PtpHeader, writePtp } from './ptp-codec';

class GrowableU32 {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Interns strings to dense ids in first-seen order. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(v: string): number {
    let i = this.ids.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.ids.set(v, i);
      this.values.push(v);
    }
    return i;
  }
}

/** Accumulates edits; {@link encode} gives the binary table. */
export class PtpTableBuilder {
  private readonly codes = new Interner();
  private readonly rationales = new Interner();
  private readonly dates = new Interner();
  private readonly attrIds = new Map<number, number>();
  private readonly attrKeys: number[] = [];
  private readonly c1 = new GrowableU32();
  private readonly c2 = new GrowableU32();
  private readonly at = new GrowableU32();

  constructor() {
    this.dates.id('');
  }

  /** Number of edits added. */
  get size(): number {
    return this.c1.length;
  }

  /**
   * Adds one edit. Dates are ISO (`YYYY-MM-DD`); `''` means unknown (effective) or none (deletion).
   * The same edit given twice is kept once.
   */
  add(column1: string, column2: string, mi: 0 | 1 | 9, rationale: string, effective: string, deleted: string): void {
    // One number per attribute tuple (no string per edit): 2.7 M edits in a release.
    const key =
      ((mi * 1024 + this.rationales.id(rationale)) * 65536 + this.dates.id(effective)) * 65536 + this.dates.id(deleted);
    let a = this.attrIds.get(key);
    if (a === undefined) {
      a = this.attrKeys.length;
      this.attrIds.set(key, a);
      this.attrKeys.push(key);
    }
    this.c1.push(this.codes.id(column1));
    this.c2.push(this.codes.id(column2));
    this.at.push(a);
  }

  /**
   * Sorts (codes, rationales, dates and attributes by value; edits by column 1, column 2, attribute) and
   * encodes. Deterministic: the same set of edits in any order gives the same bytes.
   * @throws Error when the table outgrows the 16-bit code or attribute indexes.
   */
  encode(): Uint8Array {
    const codes = sortedRemap(this.codes.values);
    const rationales = sortedRemap(this.rationales.values);
    const dates = sortedRemap(this.dates.values);
    if (codes.sorted.length > 0xffff)
      throw new Error(`PTP table has ${codes.sorted.length} codes; the limit is 65,535`);
    const tuples = this.attrKeys.map((k) => {
      const del = k % 65536;
      const eff = Math.floor(k / 65536) % 65536;
      const r = Math.floor(k / 2 ** 32) % 1024;
      const mi = Math.floor(k / 2 ** 42);
      return [mi, rationales.map[r], dates.map[eff], dates.map[del]];
    });
    const attrs = sortedRemap(tuples.map((t) => t.map((n) => String(n).padStart(5, '0')).join('|')));
    if (attrs.sorted.length > 0xffff) throw new Error(`PTP table has ${attrs.sorted.length} distinct edit attributes`);
    const n = codes.sorted.length;
    const e = this.size;
    // Counting sort by column 1, then each group sorted by (column 2, attribute) packed in one number.
    const offsets = new Uint32Array(n + 1);
    for (let i = 0; i < e; i++) offsets[codes.map[this.c1.data[i]] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const keys = new Float64Array(e);
    const fill = offsets.slice(0, n);
    for (let i = 0; i < e; i++) {
      const g = codes.map[this.c1.data[i]];
      keys[fill[g]++] = codes.map[this.c2.data[i]] * 65536 + attrs.map[this.at.data[i]];
    }
    const column2 = new Uint16Array(e);
    const attr = new Uint16Array(e);
    let w = 0;
    const groupOffsets = new Uint32Array(n + 1);
    for (let g = 0; g < n; g++) {
      const group = keys.subarray(offsets[g], offsets[g + 1]).sort();
      groupOffsets[g] = w;
      for (let i = 0; i < group.length; i++) {
        if (i > 0 && group[i] === group[i - 1]) continue;
        column2[w] = Math.floor(group[i] / 65536);
        attr[w++] = group[i] % 65536;
      }
    }
    groupOffsets[n] = w;
    const header: PtpHeader = {
      codes: codes.sorted,
      rationales: rationales.sorted,
      dates: dates.sorted,
      attrs: attrs.sorted.flatMap((s) => s.split('|').map(Number)),
      attrWidth: attrs.sorted.length <= 256 ? 1 : 2,
      edits: w,
    };
    return writePtp(header, groupOffsets, column2.subarray(0, w), attr.subarray(0, w));
  }
}

/** Sorted copy of `values` and the map from each original index to its sorted index. */
function sortedRemap(values: readonly string[]): { sorted: string[]; map: Uint32Array } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const map = new Uint32Array(values.length);
  order.forEach(([, i], k) => {
    map[i] = k;
  });
  return { sorted: order.map(([v]) => v), map };
}
