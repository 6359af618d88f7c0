/**
 * The page's matches, keyed by the text node they sit in and kept in document order. Records live in typed
 * columns (`match-records.ts`); `PageMatch` objects are built on demand and never kept, so compare them with
 * {@link sameMatch}, not identity. A node's matches are replaced as a whole when it is rescanned and dropped
 * when it leaves the document; nothing here touches the DOM except to order nodes added out of order.
 */
import type { CodeToken } from '../detect/types';
import { MatchRecords } from './match-records';
import { documentOrder, type PageCode, type PageMatch } from './page-match';

export { documentOrder, sameMatch, type PageCode, type PageMatch } from './page-match';

/** Matches per text node, in document order. */
export class MatchStore {
  private readonly records = new MatchRecords();
  /** Node of each slot (null: freed, reused only after the next compaction). */
  private nodes: (Text | null)[] = [];
  private readonly slotOf = new Map<Text, number>();
  private first = new Int32Array(256);
  private count = new Uint16Array(256);
  /** Slots in document order (may hold freed slots until compaction; -1 never appears). */
  private order: number[] = [];
  /** Slots stored while their place in document order was not yet known (see {@link place}). */
  private readonly unplaced = new Set<number>();
  private free: number[] = [];
  private freed = 0;
  private deadRecords = 0;
  private total = 0;

  /** Number of matches held. */
  get size(): number {
    return this.total;
  }

  /** Number of text nodes holding matches. */
  get nodeCount(): number {
    return this.slotOf.size;
  }

  /**
   * Replaces the matches of `node` (an empty list forgets the node); returns the matches it replaced.
   * A new node is placed in document order: `append` (the caller reads the page top down and knows the node
   * comes after every node stored so far), `defer` (placed later with {@link place}), or found by comparing
   * document positions (the default: mutations may add anywhere).
   */
  set(node: Text, matches: readonly CodeToken[], placement: 'append' | 'defer' | 'search' = 'search'): PageMatch[] {
    let slot = this.slotOf.get(node);
    const old = slot === undefined ? [] : this.build(slot);
    if (matches.length === 0) {
      if (slot !== undefined) this.drop(node, slot);
      return old;
    }
    if (slot === undefined) {
      slot = this.newSlot(node);
      if (placement === 'defer') this.unplaced.add(slot);
      else this.placeSlot(slot, placement === 'append');
    }
    const n = matches.length;
    if (n > this.count[slot]) {
      this.deadRecords += this.count[slot];
      this.first[slot] = this.records.allocate(n);
    } else this.deadRecords += this.count[slot] - n;
    for (let i = 0; i < n; i++) this.records.write(this.first[slot] + i, matches[i]);
    this.total += n - this.count[slot];
    this.count[slot] = n;
    if (this.deadRecords > 4096 && this.deadRecords > this.records.used / 2) this.compactRecords();
    return old;
  }

  /** Places a node stored with `defer` at the end of the document order (the full pass has reached it). */
  place(node: Text): void {
    const slot = this.slotOf.get(node);
    if (slot === undefined || !this.unplaced.delete(slot)) return;
    this.placeSlot(slot, true);
  }

  /** True when the node holds matches. */
  has(node: Text): boolean {
    return this.slotOf.has(node);
  }

  /** Matches of one node (built now). */
  get(node: Text): PageMatch[] {
    const slot = this.slotOf.get(node);
    return slot === undefined ? [] : this.build(slot);
  }

  /** The match covering caret `offset` in `node` (a caret at either edge of a code counts). */
  at(node: Node, offset: number): PageMatch | undefined {
    // Runs on every pointer frame: only the match hit is built.
    const slot = this.slotOf.get(node as Text);
    if (slot === undefined) return undefined;
    for (let i = this.first[slot], end = i + this.count[slot]; i < end; i++) {
      const start = this.records.startOf(i);
      if (offset >= start && offset <= start + this.records.codeOf(i).length)
        return this.records.build(i, node as Text);
    }
    return undefined;
  }

  /** Forgets every node no longer in its document; returns the dropped matches. */
  pruneDisconnected(): PageMatch[] {
    const dropped: PageMatch[] = [];
    for (const [node, slot] of this.slotOf) {
      if (node.isConnected) continue;
      for (const m of this.build(slot)) dropped.push(m);
      this.drop(node, slot);
    }
    return dropped;
  }

  /** Every match in document order (nodes not yet placed come last). */
  *all(): IterableIterator<PageMatch> {
    for (const slot of this.slots()) yield* this.build(slot);
  }

  /** Nodes stored with `defer` and not yet placed in the document order. */
  *unplacedNodes(): IterableIterator<Text> {
    for (const s of this.unplaced) if (this.nodes[s]) yield this.nodes[s]!;
  }

  /** The node at document-order position `i` (0 ≤ i < {@link orderLength}), null for a freed slot. */
  nodeAt(i: number): Text | null {
    return this.nodes[this.order[i]];
  }

  /** Length of the document order (placed nodes, freed ones included until compaction). */
  get orderLength(): number {
    return this.order.length;
  }

  /**
   * Distinct codes in document order of their first occurrence, with counts: one pass over the records in
   * document order, no node comparisons and no match objects but one per distinct code (the keyboard panel
   * on a 50k-line page).
   */
  codes(): PageCode[] {
    const byCode = new Map<string, PageCode>();
    for (const slot of this.slots()) {
      for (let i = this.first[slot], end = i + this.count[slot]; i < end; i++) {
        const code = this.records.codeOf(i);
        const billed = this.records.isBilled(i) ? 1 : 0;
        const found = byCode.get(code);
        if (found) {
          found.count++;
          found.billed += billed;
        } else byCode.set(code, { code, count: 1, billed, first: this.records.build(i, this.nodes[slot]!) });
      }
    }
    return [...byCode.values()];
  }

  /** Forgets everything. */
  clear(): void {
    this.slotOf.clear();
    this.nodes = [];
    this.order = [];
    this.unplaced.clear();
    this.free = [];
    this.freed = 0;
    this.total = 0;
  }

  /** Live slots in document order, then the unplaced ones. */
  private *slots(): Generator<number> {
    for (const s of this.order) if (this.nodes[s]) yield s;
    for (const s of this.unplaced) if (this.nodes[s]) yield s;
  }

  private build(slot: number): PageMatch[] {
    const out: PageMatch[] = [];
    const node = this.nodes[slot]!;
    for (let i = this.first[slot], end = i + this.count[slot]; i < end; i++) out.push(this.records.build(i, node));
    return out;
  }

  private newSlot(node: Text): number {
    const slot = this.free.length > 0 ? this.free.pop()! : this.nodes.length;
    this.nodes[slot] = node;
    this.slotOf.set(node, slot);
    if (slot >= this.first.length) {
      const first = new Int32Array(this.first.length * 2);
      first.set(this.first);
      this.first = first;
      const count = new Uint16Array(this.count.length * 2);
      count.set(this.count);
      this.count = count;
    }
    this.count[slot] = 0;
    return slot;
  }

  private drop(node: Text, slot: number): void {
    this.total -= this.count[slot];
    this.deadRecords += this.count[slot];
    this.count[slot] = 0;
    this.nodes[slot] = null;
    this.slotOf.delete(node);
    // A slot still listed in the order is reused only once compaction has taken it out of the list.
    if (this.unplaced.delete(slot)) this.free.push(slot);
    else this.freed++;
    if (this.freed > 1024 && this.freed > this.order.length / 2) this.compactOrder();
  }

  /** Puts a slot in the document order: at the end, or where document positions say. */
  private placeSlot(slot: number, append: boolean): void {
    const node = this.nodes[slot]!;
    let last = this.order.length - 1;
    while (last >= 0 && !this.nodes[this.order[last]]) last--;
    if (append || last < 0 || documentOrder(this.nodes[this.order[last]]!, node) <= 0) {
      this.order.push(slot);
      return;
    }
    if (this.freed > 0) this.compactOrder();
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (documentOrder(this.nodes[this.order[mid]]!, node) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.order.splice(lo, 0, slot);
  }

  private compactOrder(): void {
    const live: number[] = [];
    for (const s of this.order) {
      if (this.nodes[s]) live.push(s);
      else this.free.push(s);
    }
    this.order = live;
    this.freed = 0;
  }

  private compactRecords(): void {
    // Blocks move down in the order they sit in, so a copy never overwrites a record not yet moved.
    const live = [...this.slotOf.values()].sort((x, y) => this.first[x] - this.first[y]);
    let next = 0;
    for (const slot of live) {
      const from = this.first[slot];
      const n = this.count[slot];
      if (from !== next) for (let i = 0; i < n; i++) this.records.move(from + i, next + i);
      this.first[slot] = next;
      next += n;
    }
    this.records.used = next;
    this.deadRecords = 0;
    this.records.trim();
  }
}
