/**
 * "Is this text's every ancestor readable?" answered from the ancestors of the previous text asked about.
 * The page scanner asks for each candidate in document order, and consecutive candidates share all their
 * ancestors above the cell or row: keeping that one chain (an array, root first) answers from a few identity
 * comparisons, where a per-slice `Map` of every judged element allocated a hash-table entry per cell and row
 * (4.9 MB of the 10k-line page's 48 MB of scan allocation in a sampling heap profile; docs/performance.md).
 */
import { isSkippedElement, type HiddenCheck } from './visibility';

/** Nodes on the chain from the root down; see the module comment. */
export class ReadableChain {
  /** Ancestors judged readable, root first (each one's parent, or shadow host, is the entry before it). */
  private readonly chain: Node[] = [];
  /** Scratch for the nodes climbed past (reused: no array per question). */
  private readonly path: Node[] = [];

  constructor(private readonly isHidden: HiddenCheck) {}

  /** True when `node` and every ancestor (across shadow hosts) are neither skipped nor hidden. */
  readable(node: Node): boolean {
    const chain = this.chain;
    const path = this.path;
    let at = -1;
    for (let n: Node | null = node; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) {
      at = chain.lastIndexOf(n);
      if (at >= 0) break;
      path.push(n);
    }
    // Everything below the shared ancestor belonged to the previous text's branch.
    chain.length = at + 1;
    let ok = true;
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i];
      if (p.nodeType === 1 && (isSkippedElement(p as Element) || this.isHidden(p as Element))) {
        ok = false;
        break;
      }
      chain.push(p);
    }
    path.length = 0;
    return ok;
  }

  /**
   * Forgets the chain. The page scanner calls it between slices: an element wrapper kept across slices
   * survives the young-generation GC and then lives as long as the page (docs/performance.md).
   */
  clear(): void {
    this.chain.length = 0;
  }
}
