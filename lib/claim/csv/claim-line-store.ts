/**
 * Claim lines of a large export, kept as packed integers until they are checked: a line as an object
 * (code string, modifier array, units, row) costs about ten times its CSV text, and a 50 MB export
 * held that way took gigabytes. Here a line is five 32-bit numbers (claim group, code, modifier list,
 * units, file row) in fixed-size blocks; codes and modifier lists are stored once each; claim groups
 * (claim id + date of service) are numbered by group-table.ts. Groups are handed out one at a time, in order of first
 * appearance, so only the claim being checked exists as objects.
 */
import type { ClaimLine } from '../types';
import { GroupTable } from './group-table';

/** One claim (claim id + date of service) as read from the file. */
export interface ClaimGroup {
  claimId: string;
  dateOfService: string;
  lines: ClaimLine[];
  /** File row of each line, parallel to `lines`. */
  rows: number[];
}

const FIELDS = 5;
const BLOCK_LINES = 1 << 14;

/** Values stored once each, referred to by index. */
class Interner<T> {
  private readonly index = new Map<string, number>();
  readonly values: T[] = [];

  id(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(make());
      this.index.set(key, i);
    }
    return i;
  }
}

/** Packed claim lines, grouped by claim id + date of service. */
export class ClaimLineStore {
  private readonly table = new GroupTable();
  private readonly codes = new Interner<string>();
  private readonly modifierLists = new Interner<readonly string[]>();
  private readonly blocks: Int32Array[] = [];
  /** Lines stored. */
  lineCount = 0;

  /** Claim groups stored. */
  get groupCount(): number {
    return this.table.size;
  }

  /** Adds one line of claim `claimId` on `dateOfService` (ISO), read from file row `row`. */
  add(claimId: string, dateOfService: string, line: ClaimLine, row: number): void {
    const group = this.table.id(claimId, dateOfService);
    const at = this.lineCount % BLOCK_LINES;
    if (at === 0) this.blocks.push(new Int32Array(BLOCK_LINES * FIELDS));
    const block = this.blocks[this.blocks.length - 1];
    const o = at * FIELDS;
    block[o] = group;
    block[o + 1] = this.codes.id(line.code, () => line.code);
    block[o + 2] = this.modifierLists.id(line.modifiers.join('-'), () => [...line.modifiers]);
    block[o + 3] = line.units;
    block[o + 4] = row;
    this.lineCount++;
  }

  /** Every group with its lines in file order, built one at a time, in order of first appearance. */
  *groups(): Generator<ClaimGroup> {
    const n = this.lineCount;
    const g = this.table.size;
    // Counting sort of line numbers by group: `start[k]..start[k+1]` indexes group k's lines in `order`.
    const start = new Int32Array(g + 1);
    for (let i = 0; i < n; i++) start[this.field(i, 0) + 1]++;
    for (let k = 0; k < g; k++) start[k + 1] += start[k];
    const fill = start.slice(0, g);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[fill[this.field(i, 0)]++] = i;
    for (let k = 0; k < g; k++) {
      const group: ClaimGroup = {
        claimId: this.table.claimId(k),
        dateOfService: this.table.dateOfService(k),
        lines: [],
        rows: [],
      };
      for (let p = start[k]; p < start[k + 1]; p++) {
        const i = order[p];
        group.lines.push({
          code: this.codes.values[this.field(i, 1)],
          modifiers: [...this.modifierLists.values[this.field(i, 2)]],
          units: this.field(i, 3),
        });
        group.rows.push(this.field(i, 4));
      }
      yield group;
    }
  }

  private field(line: number, f: number): number {
    return this.blocks[Math.floor(line / BLOCK_LINES)][(line % BLOCK_LINES) * FIELDS + f];
  }
}
