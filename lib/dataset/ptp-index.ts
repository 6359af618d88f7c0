/**
 * Lookups over the decoded PTP table: pairs in either order, edits among a set of codes, counts.
 */
import { decodePtp, flagIndicator, flagRationale, type PtpTable } from './ptp-codec';
import type { ModifierIndicator } from './types';

/** A raw edit: codes plus indicator and rationale text (provenance is added by the dataset). */
export interface RawPtpEdit {
  column1: string;
  column2: string;
  modifierIndicator: ModifierIndicator;
  rationale: string;
}

/** Index over the binary PTP table. Construction is O(edits) once, for the column-2 counts. */
export class PtpIndex {
  private readonly table: PtpTable;
  private readonly ids: Map<string, number>;
  private readonly column2Counts: Uint32Array;

  constructor(bytes: Uint8Array) {
    this.table = decodePtp(bytes);
    this.ids = new Map(this.table.header.codes.map((c, i) => [c, i]));
    this.column2Counts = new Uint32Array(this.table.header.codes.length);
    // Indexed loop: a typed-array iterator is several times slower in a cold service worker.
    const col2 = this.table.column2;
    for (let i = 0; i < col2.length; i++) this.column2Counts[col2[i]]++;
  }

  /** Number of edits in the table. */
  get size(): number {
    return this.table.header.edits;
  }

  /** Codes that appear in any edit. */
  get codes(): readonly string[] {
    return this.table.header.codes;
  }

  /** The edit with `column1` in column 1 and `column2` in column 2, if active. */
  directed(column1: string, column2: string): RawPtpEdit | undefined {
    const a = this.ids.get(column1);
    const b = this.ids.get(column2);
    if (a === undefined || b === undefined) return undefined;
    const { offsets, column2: col2, flags, header } = this.table;
    let lo = offsets[a];
    let hi = offsets[a + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = col2[mid];
      if (v === b)
        return {
          column1,
          column2,
          modifierIndicator: flagIndicator(flags[mid]),
          rationale: header.rationales[flagRationale(flags[mid])],
        };
      if (v < b) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The edit between two codes in either order. */
  pair(a: string, b: string): RawPtpEdit | undefined {
    return this.directed(a, b) ?? this.directed(b, a);
  }

  /** Every edit among a set of codes, each unordered pair once (both directions are checked). */
  among(codes: readonly string[]): RawPtpEdit[] {
    const unique = [...new Set(codes)].filter((c) => this.ids.has(c));
    const out: RawPtpEdit[] = [];
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const e1 = this.directed(unique[i], unique[j]);
        if (e1) out.push(e1);
        const e2 = this.directed(unique[j], unique[i]);
        if (e2) out.push(e2);
      }
    }
    return out;
  }

  /** Column-2 codes paired with `column1` (for "which codes does this one bundle"). */
  column2Of(column1: string): RawPtpEdit[] {
    const a = this.ids.get(column1);
    if (a === undefined) return [];
    const { offsets, column2: col2, flags, header } = this.table;
    const out: RawPtpEdit[] = [];
    for (let i = offsets[a]; i < offsets[a + 1]; i++) {
      out.push({
        column1,
        column2: header.codes[col2[i]],
        modifierIndicator: flagIndicator(flags[i]),
        rationale: header.rationales[flagRationale(flags[i])],
      });
    }
    return out;
  }

  counts(code: string): { column1Count: number; column2Count: number } {
    const a = this.ids.get(code);
    if (a === undefined) return { column1Count: 0, column2Count: 0 };
    return { column1Count: this.table.offsets[a + 1] - this.table.offsets[a], column2Count: this.column2Counts[a] };
  }
}
