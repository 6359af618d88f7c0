/**
 * Marks another in-page feature asks the highlight layer to draw (adjustment codes such as CO-97): kept here,
 * per text node, and offered to the layer together with the match store, in the order they were found (the
 * scan's text walk: document order), so the layer finds those near the screen by binary search as it does the
 * store's codes. That feature caps its marks at 5,000, and reading each of their boxes made every band move
 * ~20–30 ms on the 10k-line page (docs/performance.md).
 */
import type { MarkSource, NodeSequence } from './mark-band';
import type { PageMatch } from './page-match';

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
        this.slot.set(m.node, this.order.length);
        this.order.push(m.node);
      }
    }
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
    if (this.order.length > 64 && this.slot.size < this.order.length / 2) {
      this.order = this.order.filter((n) => n !== null);
      for (let i = 0; i < this.order.length; i++) this.slot.set(this.order[i]!, i);
    }
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
