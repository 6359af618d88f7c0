/**
 * Marks another in-page feature asks the highlight layer to draw (adjustment codes such as CO-97): kept here,
 * per text node, and offered to the layer together with the match store, in document order (the scan's walk
 * finds them in that order; what a mutation adds mid-page is put in its place), so the layer finds those near the screen by binary search as it does the
 * store's codes. That feature caps its marks at 5,000, and reading each of their boxes made every band move
 * ~20–30 ms on the 10k-line page (docs/performance.md).
 */
import type { MarkSource, NodeSequence } from './mark-band';
import { documentOrder, type PageMatch } from './page-match';

/** The spans of one foreign match the layer needs. */
export type ForeignMark = Pick<PageMatch, 'node' | 'start' | 'end'>;

/** Foreign marks per node. */
export class ForeignMarks {
  private readonly byNode = new Map<Text, ForeignMark[]>();
  /** Nodes in the order first marked (null: all of a node's marks removed) and each one's slot. */
  private order: (Text | null)[] = [];
  private readonly slot = new Map<Text, number>();

  /** Adds marks (a node's marks are added to, never replaced: remove the old ones first). */
  add(marks: readonly ForeignMark[]): void {
    for (const m of marks) {
      const list = this.byNode.get(m.node);
      if (list) list.push(m);
      else {
        this.byNode.set(m.node, [m]);
        this.place(m.node);
      }
    }
  }

  /**
   * Puts a new node in document order: at the end when it follows every node held (the scan's walk), else
   * where it belongs (a row an SPA inserted mid-page), so the layer's binary search finds it at once.
   */
  private place(node: Text): void {
    let last = this.order.length - 1;
    while (last >= 0 && this.order[last] === null) last--;
    if (last < 0 || documentOrder(this.order[last]!, node) <= 0) {
      this.slot.set(node, this.order.length);
      this.order.push(node);
      return;
    }
    this.compact();
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (documentOrder(this.order[mid]!, node) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.order.splice(lo, 0, node);
    for (let i = lo; i < this.order.length; i++) this.slot.set(this.order[i]!, i);
  }

  /** Removes marks (by node and start). */
  remove(marks: readonly ForeignMark[]): void {
    for (const m of marks) {
      const list = this.byNode.get(m.node);
      if (!list) continue;
      const rest = list.filter((x) => x.start !== m.start);
      if (rest.length) this.byNode.set(m.node, rest);
      else this.drop(m.node);
    }
  }

  private drop(node: Text): void {
    this.byNode.delete(node);
    this.order[this.slot.get(node)!] = null;
    this.slot.delete(node);
    // Freed slots go once they are most of the list (an SPA that replaces its rows again and again).
    if (this.order.length > 64 && this.slot.size < this.order.length / 2) this.compact();
  }

  /** Drops the freed slots (the binary search in {@link place} needs a list without them). */
  private compact(): void {
    if (this.slot.size === this.order.length) return;
    this.order = this.order.filter((n) => n !== null);
    for (let i = 0; i < this.order.length; i++) this.slot.set(this.order[i]!, i);
  }

  /** The store's matches and these marks, as one source for the highlight layer. */
  over(store: MarkSource): MarkSource {
    const foreign = this.byNode;
    const order = () => this.order;
    const extra: NodeSequence = {
      get length() {
        return order().length;
      },
      at: (i) => order()[i],
    };
    return {
      get nodeCount() {
        return store.nodeCount + foreign.size;
      },
      get orderLength() {
        return store.orderLength;
      },
      nodeAt: (i) => store.nodeAt(i),
      unplacedNodes: () => store.unplacedNodes(),
      extra,
      has: (node) => store.has(node) || foreign.has(node),
      get: (node) => {
        const own = store.has(node) ? store.get(node) : [];
        const more = foreign.get(node);
        return more ? [...own, ...(more as PageMatch[])] : own;
      },
    };
  }
}
