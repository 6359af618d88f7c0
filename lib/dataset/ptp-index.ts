/**
 * Lookups over the decoded PTP table, on a date of service: pairs in either order, edits among a set of
 * codes, counts.
 *
 * An edit is in effect on date D when its effective date is on or before D (or unknown: the bundled 2024
 * table kept no effective dates) and it has no deletion date, or D is on or before the deletion date (CMS
 * deletes edits at the end of a quarter, e.g. 20231231). An edit deleted on its own effective date was never
 * in effect (NCCI Policy Manual 2026, Chapter I §E: indicator 9 marks such pairs).
 */
import { decodePtp, type PtpTable } from './ptp-codec';
import type { ModifierIndicator } from './types';

/** A raw edit: codes, indicator, rationale and dates (provenance is added by the dataset). */
export interface RawPtpEdit {
  column1: string;
  column2: string;
  modifierIndicator: ModifierIndicator;
  rationale: string;
  /** ISO effective date, or null when the release does not give it. */
  effective: string | null;
  /** ISO deletion date (last day in effect), or null when the edit is not deleted. */
  deleted: string | null;
}

/** Index over the binary PTP table. Construction is O(edits) once, for the counts. */
export class PtpIndex {
  private readonly table: PtpTable;
  private readonly ids: Map<string, number>;
  private readonly column2Counts: Uint32Array;
  private readonly column1Counts: Uint32Array;
  private readonly eff: string[] = [];
  private readonly del: string[] = [];
  private readonly mi: ModifierIndicator[] = [];
  private readonly rationale: string[] = [];

  /** @param countsOn ISO date the counts are taken on (the table's as-of date). */
  constructor(bytes: Uint8Array, countsOn: string) {
    this.table = decodePtp(bytes);
    const h = this.table.header;
    this.ids = new Map(h.codes.map((c, i) => [c, i]));
    for (let i = 0; i < h.attrs.length; i += 4) {
      this.mi.push(h.attrs[i] as ModifierIndicator);
      this.rationale.push(h.rationales[h.attrs[i + 1]]);
      this.eff.push(h.dates[h.attrs[i + 2]]);
      this.del.push(h.dates[h.attrs[i + 3]]);
    }
    this.column2Counts = new Uint32Array(h.codes.length);
    this.column1Counts = new Uint32Array(h.codes.length);
    // Indexed loops: a typed-array iterator is several times slower in a cold service worker.
    const { offsets, column2: col2, attr } = this.table;
    const live = this.eff.map((_, a) => this.inEffect(a, countsOn));
    for (let g = 0; g < h.codes.length; g++) {
      for (let i = offsets[g]; i < offsets[g + 1]; i++) {
        if (!live[attr[i]]) continue;
        this.column1Counts[g]++;
        this.column2Counts[col2[i]]++;
      }
    }
  }

  /** Number of edits in the table (history included). */
  get size(): number {
    return this.table.header.edits;
  }

  /** True when no edit of the table carries an effective date (the release did not keep them). */
  get datesUnknown(): boolean {
    return this.eff.every((d) => d === '');
  }

  /** Codes that appear in any edit. */
  get codes(): readonly string[] {
    return this.table.header.codes;
  }

  private inEffect(a: number, on: string): boolean {
    const eff = this.eff[a];
    const del = this.del[a];
    if (eff !== '' && eff > on) return false;
    return del === '' || (on <= del && del !== eff);
  }

  private edit(column1: string, column2: string, a: number): RawPtpEdit {
    return {
      column1,
      column2,
      modifierIndicator: this.mi[a],
      rationale: this.rationale[a],
      effective: this.eff[a] || null,
      deleted: this.del[a] || null,
    };
  }

  /** The edit with `column1` in column 1 and `column2` in column 2 in effect on `on` (ISO date), if any. */
  directed(column1: string, column2: string, on: string): RawPtpEdit | undefined {
    const a = this.ids.get(column1);
    const b = this.ids.get(column2);
    if (a === undefined || b === undefined) return undefined;
    const { offsets, column2: col2, attr } = this.table;
    const start = offsets[a];
    const end = offsets[a + 1];
    let lo = start;
    let hi = end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = col2[mid];
      if (v < b) lo = mid + 1;
      else if (v > b) hi = mid - 1;
      else {
        // The pair may have several rows (deleted and re-added): look at each.
        let i = mid;
        while (i > start && col2[i - 1] === b) i--;
        for (; i < end && col2[i] === b; i++)
          if (this.inEffect(attr[i], on)) return this.edit(column1, column2, attr[i]);
        return undefined;
      }
    }
    return undefined;
  }

  /** The edit between two codes in either order, in effect on `on`. */
  pair(a: string, b: string, on: string): RawPtpEdit | undefined {
    return this.directed(a, b, on) ?? this.directed(b, a, on);
  }

  /** Every edit in effect on `on` among a set of codes, each unordered pair once (both directions checked). */
  among(codes: readonly string[], on: string): RawPtpEdit[] {
    const unique = [...new Set(codes)].filter((c) => this.ids.has(c));
    const out: RawPtpEdit[] = [];
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const e1 = this.directed(unique[i], unique[j], on);
        if (e1) out.push(e1);
        const e2 = this.directed(unique[j], unique[i], on);
        if (e2) out.push(e2);
      }
    }
    return out;
  }

  /** Edits in effect on `on` with `column1` in column 1 (for "which codes does this one bundle"). */
  column2Of(column1: string, on: string): RawPtpEdit[] {
    const a = this.ids.get(column1);
    if (a === undefined) return [];
    const { offsets, column2: col2, attr, header } = this.table;
    const out: RawPtpEdit[] = [];
    for (let i = offsets[a]; i < offsets[a + 1]; i++) {
      if (this.inEffect(attr[i], on)) out.push(this.edit(column1, header.codes[col2[i]], attr[i]));
    }
    return out;
  }

  /** Edits naming the code in column 1 / column 2, in effect on the table's as-of date. */
  counts(code: string): { column1Count: number; column2Count: number } {
    const a = this.ids.get(code);
    if (a === undefined) return { column1Count: 0, column2Count: 0 };
    return { column1Count: this.column1Counts[a], column2Count: this.column2Counts[a] };
  }
}
