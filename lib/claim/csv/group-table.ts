/**
 * Claim groups (claim id + date of service) numbered in order of first appearance. An export of 100 MB
 * holds about two million groups; a `Map` keyed by a joined string cost about 100 bytes per group,
 * this open-addressing table about 60: the claim id string, a date number, a hash, and a slot.
 */

/** A growable list of 32-bit integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * A copy of `s` that does not keep the string it was cut from alive: V8 stores a slice of 13 or more
 * characters as a view of its source, so a claim id cut from a 64 KB chunk would pin the whole chunk.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** FNV-1a over the claim id's UTF-16 units, mixed with the date's number. */
function hashOf(claimId: string, date: number): number {
  let h = 0x811c9dc5 ^ date;
  for (let i = 0; i < claimId.length; i++) h = Math.imul(h ^ claimId.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Group numbers for claim id + date pairs. */
export class GroupTable {
  private slots = new Int32Array(1 << 12);
  private readonly claimIds: string[] = [];
  private readonly dateOf = new IntList();
  private readonly hashes = new IntList();
  private readonly dateIds = new Map<string, number>();
  private readonly dates: string[] = [];

  /** Groups so far. */
  get size(): number {
    return this.claimIds.length;
  }

  /** The group number of `claimId` on `dateOfService`, adding the group when it is new. */
  id(claimId: string, dateOfService: string): number {
    let date = this.dateIds.get(dateOfService);
    if (date === undefined) {
      date = this.dates.length;
      this.dates.push(dateOfService);
      this.dateIds.set(dateOfService, date);
    }
    const h = hashOf(claimId, date);
    const mask = this.slots.length - 1;
    // Slots hold group number + 1 (0 is empty); linear probing.
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const g = this.slots[s] - 1;
      if (g < 0) return this.add(s, claimId, date, h);
      if (this.hashes.data[g] === h && this.dateOf.data[g] === date && this.claimIds[g] === claimId) return g;
    }
  }

  /** Claim id of group `g`. */
  claimId(g: number): string {
    return this.claimIds[g];
  }

  /** Date of service of group `g`. */
  dateOfService(g: number): string {
    return this.dates[this.dateOf.data[g]];
  }

  private add(slot: number, claimId: string, date: number, h: number): number {
    const g = this.claimIds.length;
    this.claimIds.push(detached(claimId));
    this.dateOf.push(date);
    this.hashes.push(h);
    this.slots[slot] = g + 1;
    if (this.claimIds.length * 2 > this.slots.length) this.grow();
    return g;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let g = 0; g < this.claimIds.length; g++) {
      let s = this.hashes.data[g] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = g + 1;
    }
    this.slots = slots;
  }
}
