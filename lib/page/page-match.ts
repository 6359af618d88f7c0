/**
 * What a match looks like outside the store: a `PageMatch` built on demand from the store's records, and how
 * matches and nodes compare (by occurrence and by document position, never by object identity).
 */
import type { CodeToken } from '../detect/types';

/** One detected code on the page (a `DomCodeMatch` from the detector). */
export interface PageMatch extends CodeToken {
  node: Text;
  row?: Element;
}

/** A distinct code on the page: how often it occurs, how often as a billed line, and its first occurrence. */
export interface PageCode {
  code: string;
  count: number;
  /** Occurrences that are billed lines (0: the code is only mentioned on the page). */
  billed: number;
  /** The first occurrence in document order. */
  first: PageMatch;
}

/** True when two matches are the same code occurrence (matches are rebuilt on every read). */
export function sameMatch(a: PageMatch, b: PageMatch): boolean {
  return a.node === b.node && a.start === b.start && a.code === b.code;
}

/** Sort comparator for nodes in document order (nodes of different trees keep a stable arbitrary order). */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (pos & 4) return -1; // b follows a
  if (pos & 2) return 1;
  return 0;
}
