/**
 * Range bookkeeping for the page: detected codes keyed by the text node they sit in. A node's matches are
 * replaced as a whole when it is rescanned and dropped when it leaves the document; nothing here touches
 * the DOM, so hovering, the keyboard panel and the highlight layer all read from one place.
 */
import type { CodeToken } from '../detect/types';

/** One detected code on the page (a `DomCodeMatch` from the detector). */
export interface PageMatch extends CodeToken {
  node: Text;
  row?: Element;
}

/** A distinct code on the page with where it occurs, in document order. */
export interface PageCode {
  code: string;
  count: number;
  /** Occurrences that are billed lines (0: the code is only mentioned on the page). */
  billed: number;
  matches: PageMatch[];
}

/** A node's matches: one match (the common case, stored without an array to save heap) or several. */
type Entry = PageMatch | PageMatch[];
/** Shared empty list: `get` runs for every text node the scan finds codes in, so it allocates nothing there. */
const NONE: readonly PageMatch[] = Object.freeze([]);
const listOf = (e: Entry | undefined): readonly PageMatch[] => (e === undefined ? NONE : Array.isArray(e) ? e : [e]);

/** Matches per text node. */
export class MatchStore {
  private readonly byNode = new Map<Text, Entry>();
  private total = 0;

  /** Number of matches held. */
  get size(): number {
    return this.total;
  }

  /** Replaces the matches of `node` (an empty list forgets the node). Returns the matches it replaced. */
  set(node: Text, matches: PageMatch[]): readonly PageMatch[] {
    const old = listOf(this.byNode.get(node));
    this.total += matches.length - old.length;
    if (matches.length > 0) this.byNode.set(node, matches.length === 1 ? matches[0] : matches);
    else this.byNode.delete(node);
    return old;
  }

  /** Matches of one node. */
  get(node: Text): readonly PageMatch[] {
    return listOf(this.byNode.get(node));
  }

  /** Forgets every node no longer in its document; returns the dropped matches. */
  pruneDisconnected(): PageMatch[] {
    const dropped: PageMatch[] = [];
    for (const [node, entry] of this.byNode) {
      if (node.isConnected) continue;
      const list = listOf(entry);
      this.byNode.delete(node);
      this.total -= list.length;
      for (const m of list) dropped.push(m);
    }
    return dropped;
  }

  /** The match covering caret `offset` in `node` (a caret at either edge of a code counts). */
  at(node: Node, offset: number): PageMatch | undefined {
    // Runs on every pointer frame: a single match is checked without wrapping it in a list.
    const e = this.byNode.get(node as Text);
    const covers = (m: PageMatch) => offset >= m.start && offset <= m.end;
    if (e === undefined || !Array.isArray(e)) return e && covers(e) ? e : undefined;
    return e.find(covers);
  }

  /** Every match, in no particular order. */
  *all(): IterableIterator<PageMatch> {
    for (const entry of this.byNode.values()) yield* listOf(entry);
  }

  /**
   * Distinct codes in document order of their first occurrence. Costs one node comparison per text node
   * holding codes plus a sort of the distinct codes (never a sort of every match).
   */
  codes(): PageCode[] {
    const byCode = new Map<string, PageCode & { first: Text }>();
    for (const [node, entry] of this.byNode) {
      for (const m of listOf(entry)) {
        const found = byCode.get(m.code);
        const billed = m.role === 'billed' ? 1 : 0;
        if (!found) {
          byCode.set(m.code, { code: m.code, count: 1, billed, matches: [m], first: node });
          continue;
        }
        found.count++;
        found.billed += billed;
        found.matches.push(m);
        if (found.first !== node && documentOrder(node, found.first) < 0) found.first = node;
      }
    }
    return [...byCode.values()]
      .sort((a, b) => documentOrder(a.first, b.first))
      .map(({ first, ...c }) => ({
        ...c,
        matches: c.matches.sort((a, b) => (a.node === first ? -1 : b.node === first ? 1 : 0)),
      }));
  }

  /** Forgets everything. */
  clear(): void {
    this.byNode.clear();
    this.total = 0;
  }
}

/** Sort comparator for nodes in document order (nodes of different trees keep a stable arbitrary order). */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (pos & 4) return -1; // b follows a
  if (pos & 2) return 1;
  return 0;
}
