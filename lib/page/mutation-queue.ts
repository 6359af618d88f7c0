/**
 * MutationObserver batching: the observer callback only records what changed (cheap, no DOM reads beyond
 * the records) and asks for one later pass; the pass turns the queue into the minimal set of roots to scan.
 * Never scanning inside the callback keeps the page's own mutation-heavy work fast (uBlock Origin #205).
 */

/** What one pass has to do. */
export interface MutationBatch {
  /** Roots of added subtrees and changed text nodes to scan, outermost only, still in the document. */
  roots: Node[];
  /** True when nodes were removed (the store should drop disconnected nodes). */
  removed: boolean;
  /** Mutation records folded into this batch. */
  records: number;
}

/** Collects mutation records between passes. */
export class MutationQueue {
  private readonly pending = new Set<Node>();
  private removed = false;
  private records = 0;

  /**
   * @param ignore nodes whose mutations are ours (the UI host) and never need scanning.
   */
  constructor(private readonly ignore: (node: Node) => boolean) {}

  /** Records a batch of mutation records; returns true when the queue went from empty to non-empty. */
  push(records: readonly MutationRecord[]): boolean {
    const wasEmpty = this.isEmpty();
    for (const r of records) {
      this.records++;
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') this.pending.add(r.target);
      else if (r.type === 'childList') {
        for (const n of r.addedNodes) if (!this.ignore(n)) this.pending.add(n);
        if (r.removedNodes.length > 0) this.removed = true;
      }
    }
    return wasEmpty && !this.isEmpty();
  }

  /** True when nothing is queued. */
  isEmpty(): boolean {
    return this.pending.size === 0 && !this.removed;
  }

  /** Takes the queued work: connected roots, dropping any root inside another queued root. */
  take(): MutationBatch {
    const nodes = [...this.pending].filter((n) => n.isConnected && (n.nodeType === 1 || n.nodeType === 3));
    const set = new Set(nodes);
    const roots = nodes.filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
      return true;
    });
    const batch = { roots, removed: this.removed, records: this.records };
    this.pending.clear();
    this.removed = false;
    this.records = 0;
    return batch;
  }
}
