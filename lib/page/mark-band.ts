/**
 * Which marked nodes lie near the screen: geometry helpers of the highlight layer. Small pages read every
 * node's box; past {@link EXACT_LIMIT} nodes the store's document order is binary-searched, which assumes
 * document order runs top to bottom — true of the long tables and lists that have that many codes.
 */
import { EXACT_LIMIT } from './limits';
import type { PageMatch } from './match-store';

/** Nodes in document order, as far as a page's long lists go (null: a freed slot). */
export interface NodeSequence {
  readonly length: number;
  at(i: number): Text | null;
}

/** What the layer reads from the match store. */
export interface MarkSource {
  /** Text nodes holding matches. */
  readonly nodeCount: number;
  /** Length of the document order and the node at a position in it (null: a freed slot). */
  readonly orderLength: number;
  nodeAt(i: number): Text | null;
  /** Nodes stored but not yet placed in the document order (the viewport pass of a scrolled page). */
  unplacedNodes(): Iterable<Text>;
  /**
   * More nodes in document order (another feature's marks: foreign-marks.ts keeps them so), searched like the store's order: reading all their boxes cost every
   * band move ~20–30 ms on the 10k-line page, 5,000 adjustment codes (docs/performance.md, "scroll frame").
   */
  readonly extra?: NodeSequence;
  has(node: Text): boolean;
  get(node: Text): readonly PageMatch[];
}

/** A vertical band in viewport coordinates. */
export interface Band {
  top: number;
  bottom: number;
}

/** A node near the screen and its distance-sorting key. */
export interface NearNode {
  node: Text;
  center: number;
}

/** Most nodes the ordered walk reads for one band (a band of the densest grid holds a few thousand). */
const MAX_BAND_WALK = 20_000;
/** Out-of-band boxes in a row after which the ordered walk stops. */
export const OUT_OF_ORDER_SLACK = 64;

const NO_BOX = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 } as DOMRect;

/** The box of the element holding a node (cheaper than the range's own rects, and as good for a band test). */
export function boxOf(node: Text): DOMRect {
  return node.parentElement?.getBoundingClientRect() ?? NO_BOX;
}

/** True when a box has a size and reaches into the band. */
export function inBand(r: DOMRect, band: Band): boolean {
  return (r.width > 0 || r.height > 0) && r.bottom >= band.top && r.top <= band.bottom;
}

/** Nodes whose box reaches into `band`: every box on small pages, a binary search on big ones. */
export function nearNodes(source: MarkSource, band: Band): NearNode[] {
  const out: NearNode[] = [];
  for (const node of source.unplacedNodes()) {
    const r = boxOf(node);
    if (inBand(r, band)) out.push({ node, center: (r.top + r.bottom) / 2 });
  }
  nearInOrder({ length: source.orderLength, at: (i) => source.nodeAt(i) }, band, out);
  if (source.extra) nearInOrder(source.extra, band, out);
  return out;
}

/** Adds the nodes of `seq` whose box reaches into `band` to `out`; see {@link nearNodes}. */
function nearInOrder(seq: NodeSequence, band: Band, out: NearNode[]): void {
  const consider = (node: Text, r: DOMRect) => {
    if (inBand(r, band)) out.push({ node, center: (r.top + r.bottom) / 2 });
  };
  if (seq.length <= EXACT_LIMIT) {
    for (let i = 0; i < seq.length; i++) {
      const node = seq.at(i);
      if (node) consider(node, boxOf(node));
    }
    return;
  }
  // Binary search for the first node whose box reaches the band (boxes with no size, hidden rows, are stepped
  // over), then walk on while boxes are still above the band's bottom, tolerating a few out-of-order ones.
  let lo = 0;
  let hi = seq.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = visibleBoxFrom(seq, mid, hi);
    if (!r) hi = mid;
    else if (r.box.bottom < band.top) lo = r.index + 1;
    else hi = mid;
  }
  let below = 0;
  for (let i = lo; i < seq.length && below < OUT_OF_ORDER_SLACK && i - lo < MAX_BAND_WALK; i++) {
    const node = seq.at(i);
    if (!node) continue;
    const r = boxOf(node);
    if (r.width === 0 && r.height === 0) continue;
    if (r.top > band.bottom) {
      below++;
      continue;
    }
    below = 0;
    consider(node, r);
  }
}

/** The first node at or after `from` (before `to`) whose box has a size. */
function visibleBoxFrom(seq: NodeSequence, from: number, to: number): { index: number; box: DOMRect } | null {
  for (let i = from; i < to && i < from + 64; i++) {
    const node = seq.at(i);
    if (!node) continue;
    const box = boxOf(node);
    if (box.width > 0 || box.height > 0) return { index: i, box };
  }
  return null;
}

/**
 * The nodes to mark for `band`: those near it, nearest the viewport's middle `mid` first, until `cap` ranges
 * (`count` says how many ranges a node takes), so the cap drops the farthest. `reach`: how far from `mid` every
 * node is marked (Infinity when none was dropped).
 */
export function nodesToMark(
  source: MarkSource,
  band: Band,
  mid: number,
  cap: number,
  count: (node: Text) => number,
): { keep: Set<Text>; reach: number } {
  const near = nearNodes(source, band);
  near.sort((a, b) => Math.abs(a.center - mid) - Math.abs(b.center - mid));
  const keep = new Set<Text>();
  let budget = cap;
  for (const n of near) {
    if (budget <= 0) return { keep, reach: Math.abs(n.center - mid) };
    keep.add(n.node);
    budget -= count(n.node);
  }
  return { keep, reach: Number.POSITIVE_INFINITY };
}

/** Past this many nodes, a batch of new nodes is assumed to run top down (see {@link newInBand}). */
const EXACT_ORDERED = 3000;

/**
 * The nodes of `added` (not yet marked: `skip` false) whose box reaches into `band`. New nodes arrive in
 * document order; on a big page, once a run of them lies below the band the rest of the batch does too
 * (small pages are checked in full, whatever their layout).
 */
export function newInBand(source: MarkSource, added: readonly Text[], band: Band, skip: (n: Text) => boolean): Text[] {
  const ordered = source.nodeCount > EXACT_ORDERED;
  const out: Text[] = [];
  let below = 0;
  for (const node of added) {
    if (skip(node) || !source.has(node)) continue;
    const r = boxOf(node);
    if (inBand(r, band)) {
      out.push(node);
      below = 0;
    } else if (ordered && r.top > band.bottom && ++below >= OUT_OF_ORDER_SLACK) break;
  }
  return out;
}
