/**
 * Marks another in-page feature asks the highlight layer to draw (adjustment codes such as CO-97): kept here,
 * per text node, and offered to the layer together with the match store. They are few (that feature caps its
 * marks), so the layer checks each of their boxes when it recomputes its band, as it does for codes not yet
 * placed in document order.
 */
import type { MarkSource } from './mark-band';
import type { PageMatch } from './page-match';

/** The spans of one foreign match the layer needs. */
export type ForeignMark = Pick<PageMatch, 'node' | 'start' | 'end'>;

/** Foreign marks per node. */
export class ForeignMarks {
  private readonly byNode = new Map<Text, ForeignMark[]>();

  /** Adds marks (a node's marks are added to, never replaced: remove the old ones first). */
  add(marks: readonly ForeignMark[]): void {
    for (const m of marks) {
      const list = this.byNode.get(m.node);
      if (list) list.push(m);
      else this.byNode.set(m.node, [m]);
    }
  }

  /** Removes marks (by node and start). */
  remove(marks: readonly ForeignMark[]): void {
    for (const m of marks) {
      const list = this.byNode.get(m.node);
      if (!list) continue;
      const rest = list.filter((x) => x.start !== m.start);
      if (rest.length) this.byNode.set(m.node, rest);
      else this.byNode.delete(m.node);
    }
  }

  /** The store's matches and these marks, as one source for the highlight layer. */
  over(store: MarkSource): MarkSource {
    const foreign = this.byNode;
    return {
      get nodeCount() {
        return store.nodeCount + foreign.size;
      },
      get orderLength() {
        return store.orderLength;
      },
      nodeAt: (i) => store.nodeAt(i),
      *unplacedNodes() {
        yield* store.unplacedNodes();
        yield* foreign.keys();
      },
      has: (node) => store.has(node) || foreign.has(node),
      get: (node) => {
        const own = store.has(node) ? store.get(node) : [];
        const more = foreign.get(node);
        return more ? [...own, ...(more as PageMatch[])] : own;
      },
    };
  }
}
