/**
 * Compact storage of the page's matches (docs/performance.md, "Heap"): one record per match in typed
 * columns (offset, code, modifiers, units, flags, range ends) instead of one object each, with the code
 * strings and modifier lists interned. A 50k-line remittance holds 56k matches; as objects they were
 * ~120 bytes each, as records 17. Full `PageMatch` objects are built on demand (hover, panel, claim
 * check) and never kept by the store.
 */
import { categoryOf, systemOf } from '../codes';
import type { CodeToken } from '../detect/types';

/** The modifier list of every match that has none (frozen: lists are shared, never edited). */
export const NO_MODIFIERS: string[] = Object.freeze([]) as unknown as string[];

const ADD_ON = 1;
const MENTION = 2;
const NO_CODE = 0xffff;

/** The typed columns, grown by doubling. */
export class MatchRecords {
  private start = new Int32Array(256);
  private code = new Uint16Array(256);
  private mods = new Uint16Array(256);
  private units = new Int16Array(256);
  private flags = new Uint8Array(256);
  private from = new Uint16Array(256);
  private to = new Uint16Array(256);
  /** Records handed out (live or not). */
  used = 0;
  private readonly codes: string[] = [];
  private readonly codeIds = new Map<string, number>();
  private readonly modLists: string[][] = [NO_MODIFIERS];
  private readonly modIds = new Map<string, number>([['', 0]]);

  /** Reserves `n` consecutive records; returns the first. */
  allocate(n: number): number {
    const first = this.used;
    this.used += n;
    if (this.used > this.start.length) this.grow(Math.max(this.used, this.start.length * 2));
    return first;
  }

  /** Writes a match's fields into record `i`. */
  write(i: number, m: CodeToken): void {
    this.start[i] = m.start;
    this.code[i] = this.codeId(m.code);
    this.mods[i] = this.modsId(m.modifiers);
    this.units[i] = m.units === null ? -1 : Math.min(m.units, 0x7fff);
    this.flags[i] = (m.addOnMarker ? ADD_ON : 0) | (m.role === 'mention' ? MENTION : 0);
    this.from[i] = m.range ? this.codeId(m.range.from) : NO_CODE;
    this.to[i] = m.range ? this.codeId(m.range.to) : NO_CODE;
  }

  /** Copies record `src` to `dst` (compaction). */
  move(src: number, dst: number): void {
    this.start[dst] = this.start[src];
    this.code[dst] = this.code[src];
    this.mods[dst] = this.mods[src];
    this.units[dst] = this.units[src];
    this.flags[dst] = this.flags[src];
    this.from[dst] = this.from[src];
    this.to[dst] = this.to[src];
  }

  /** Offset of record `i` in its node's text, and its code (no object built). */
  startOf(i: number): number {
    return this.start[i];
  }
  codeOf(i: number): string {
    return this.codes[this.code[i]];
  }
  isBilled(i: number): boolean {
    return (this.flags[i] & MENTION) === 0;
  }

  /** Builds the full match of record `i` on `node` (a fresh object each time; compare with `sameMatch`). */
  build(i: number, node: Text): CodeToken & { node: Text } {
    const code = this.codes[this.code[i]];
    const start = this.start[i];
    const units = this.units[i];
    const m: CodeToken & { node: Text } = {
      code,
      system: systemOf(code),
      category: categoryOf(code),
      start,
      end: start + code.length,
      modifiers: this.modLists[this.mods[i]],
      units: units < 0 ? null : units,
      addOnMarker: (this.flags[i] & ADD_ON) !== 0,
      role: (this.flags[i] & MENTION) !== 0 ? 'mention' : 'billed',
      node,
    };
    if (this.from[i] !== NO_CODE) m.range = { from: this.codes[this.from[i]], to: this.codes[this.to[i]] };
    return m;
  }

  private codeId(code: string): number {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.codes.length;
      this.codes.push(code);
      this.codeIds.set(code, id);
    }
    return id;
  }

  private modsId(list: readonly string[]): number {
    if (list.length === 0) return 0;
    const key = list.join(' ');
    let id = this.modIds.get(key);
    if (id === undefined) {
      id = this.modLists.length;
      this.modLists.push(Object.freeze([...list]) as string[]);
      this.modIds.set(key, id);
    }
    return id;
  }

  private grow(size: number): void {
    const grown = <T extends Int32Array | Uint16Array | Int16Array | Uint8Array>(a: T, make: new (n: number) => T) => {
      const b = new make(size);
      b.set(a.length > size ? (a.subarray(0, size) as T) : a);
      return b;
    };
    this.start = grown(this.start, Int32Array);
    this.code = grown(this.code, Uint16Array);
    this.mods = grown(this.mods, Uint16Array);
    this.units = grown(this.units, Int16Array);
    this.flags = grown(this.flags, Uint8Array);
    this.from = grown(this.from, Uint16Array);
    this.to = grown(this.to, Uint16Array);
  }

  /** Shrinks to `used` records after compaction (a page that shrank gives its memory back). */
  trim(): void {
    if (this.start.length > 1024 && this.used < this.start.length / 4) this.grow(Math.max(256, this.used * 2));
  }
}
