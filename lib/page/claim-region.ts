/**
 * Choosing the part of the page a claim check reads, fast on a 50k-line page (docs/performance.md: the
 * budget is 100 ms). The store keeps matches in document order, so a selection or a table row group is found
 * by binary search over it (a few dozen node comparisons) instead of testing every match, and nothing is
 * sorted. A row group longer than a claim is narrowed to the rows that share the pointed row's claim number,
 * or else to the lines nearest the pointed one.
 */
import { cellsAt, cellText, headerTexts } from '../detect/table-shape';
import { MAX_CLAIM_LINES } from '../codes';
import { matchInRange, rowOf } from './claim-lines';
import { documentOrder, type PageMatch, sameMatch } from './page-match';

/** The store as the region search reads it. */
export interface OrderedMatches {
  readonly orderLength: number;
  nodeAt(i: number): Text | null;
  get(node: Text): readonly PageMatch[];
}

/**
 * Index of the first node (in document order) for which `after` holds, among nodes of `root`'s tree; `after`
 * must be false then true along the order. Freed slots and nodes of other trees are stepped over.
 */
function firstWhere(
  store: OrderedMatches,
  root: Node,
  after: (node: Text) => boolean,
  lo = 0,
  hi = store.orderLength,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let i = mid;
    let node = store.nodeAt(i);
    while (i < hi && (!node || node.getRootNode() !== root)) node = store.nodeAt(++i);
    if (i >= hi) hi = mid;
    else if (after(node!)) hi = mid;
    else lo = i + 1;
  }
  return lo;
}

/** Matches of the nodes between positions `from` and `to` that `keep` accepts, in document order. */
function collect(store: OrderedMatches, from: number, to: number, root: Node, keep: (m: PageMatch) => boolean) {
  const out: PageMatch[] = [];
  for (let i = from; i < to; i++) {
    const node = store.nodeAt(i);
    if (!node || node.getRootNode() !== root) continue;
    for (const m of store.get(node)) if (keep(m)) out.push(m);
  }
  return out;
}

/** Matches that lie (at least partly) inside any of `ranges`, in document order. */
export function matchesInSelection(store: OrderedMatches, ranges: readonly Range[]): PageMatch[] {
  const out: PageMatch[] = [];
  for (const range of ranges) {
    if (range.collapsed) continue;
    const root = range.startContainer.getRootNode();
    const at = (node: Node, offset: number) => {
      try {
        return range.comparePoint(node, offset);
      } catch {
        return -1;
      }
    };
    const from = firstWhere(store, root, (n) => at(n, n.length) >= 0);
    const to = firstWhere(store, root, (n) => at(n, 0) > 0);
    for (const m of collect(store, from, to, root, (m) => matchInRange(range, m)))
      if (!out.some((o) => sameMatch(o, m))) out.push(m);
  }
  return out;
}

/** Positions in the store's order of the nodes inside `group`: [from, to). */
function groupSpan(store: OrderedMatches, group: Element, root: Node): [number, number] {
  // compareDocumentPosition(group → node): 2 the node precedes the group, 4 it follows it, 16 it is inside.
  const from = firstWhere(store, root, (n) => (group.compareDocumentPosition(n) & 2) === 0);
  const to = firstWhere(store, root, (n) => (group.compareDocumentPosition(n) & 4) !== 0 && !group.contains(n), from);
  return [from, to];
}

/** Matches inside `group` (a row group or table), in document order. */
export function matchesInGroupOrdered(store: OrderedMatches, group: Element): PageMatch[] {
  const root = group.getRootNode();
  const [from, to] = groupSpan(store, group, root);
  return collect(store, from, to, root, () => true);
}

/**
 * The claim around `pointed` in its row group: the whole group when it holds no more than `max` billed lines
 * (its mentions too, so the check lists them as left out), else {@link claimAround} over the billed lines
 * near the pointed one (only the nodes within 2×`max` positions of it are read: a 50k-line table is never
 * built whole).
 */
export function claimInGroup(
  store: OrderedMatches,
  group: Element,
  pointed: PageMatch,
  max = MAX_CLAIM_LINES,
): PageMatch[] {
  const root = group.getRootNode();
  const [from, to] = groupSpan(store, group, root);
  const billed = (m: PageMatch) => m.role === 'billed';
  if (to - from <= 4 * max) {
    const all = collect(store, from, to, root, () => true);
    const lines = all.filter(billed);
    return lines.length <= max ? all : claimAround(lines, pointed, max);
  }
  const k = slotOf(store, root, pointed.node, from, to);
  const near = collect(store, Math.max(from, k - 2 * max), Math.min(to, k + 2 * max), root, billed);
  return claimAround(near, pointed, max);
}

/**
 * Position of `node` in the store's order within [from, to): found by identity, an array walk (~0.1 ms over a
 * 50k-line page). A binary search by `compareDocumentPosition` costs more: two rows of one 50,000-row body
 * are ordered by walking that body's children, ~15–50 ms per search (docs/performance.md, session 5). A node
 * the store no longer holds falls back to that search.
 */
function slotOf(store: OrderedMatches, root: Node, node: Text, from: number, to: number): number {
  for (let i = from; i < to; i++) if (store.nodeAt(i) === node) return i;
  return firstWhere(store, root, (n) => documentOrder(node, n) < 0, from, to);
}

/** A claim number column's header (Claim #, Claim number, ICN, DCN, TCN). */
const CLAIM_ID = /^\s*(?:(?:payer\s+)?claim\s*(?:#|no\.?|num(?:ber)?|id)?|icn|dcn|tcn)\s*$/i;

/**
 * The claim around `pointed` among the billed lines of a row group (document order). A group of at most
 * `max` lines is the claim; a longer one (a remittance that lists every claim in one table) is narrowed to
 * the rows whose claim-number cell holds the pointed row's number (blank cells continue a claim), or, with no
 * such column, to the `max` lines nearest the pointed one.
 */
export function claimAround(lines: readonly PageMatch[], pointed: PageMatch, max = MAX_CLAIM_LINES): PageMatch[] {
  if (lines.length <= max) return [...lines];
  // A pointed mention (a remark) stands for the billed line of its row.
  const row = rowOf(pointed);
  let k = lines.findIndex((m) => sameMatch(m, pointed));
  if (k < 0)
    k = Math.max(
      0,
      lines.findIndex((m) => rowOf(m) === row),
    );
  const idOf = claimIdReader(pointed);
  if (idOf) {
    const id = idOf(pointed);
    const same = (m: PageMatch) => {
      const v = idOf(m);
      return v === id || v === '';
    };
    let from = k;
    let to = k + 1;
    while (from > 0 && k - from < max && same(lines[from - 1])) from--;
    while (to < lines.length && to - from < max && same(lines[to])) to++;
    if (id !== '') return lines.slice(from, to);
  }
  const from = Math.max(0, Math.min(k - (max >> 1), lines.length - max));
  return lines.slice(from, from + max);
}

/** Reads a match's claim number from its row, when its table has a claim-number column. */
function claimIdReader(pointed: PageMatch): ((m: PageMatch) => string) | null {
  const row = rowOf(pointed);
  const table = row?.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!row || !table) return null;
  const column = headerTexts(table).findIndex((t) => CLAIM_ID.test(t ?? ''));
  if (column < 0) return null;
  const rows = new Map<Element, string>();
  return (m) => {
    const r = rowOf(m);
    if (!r) return '';
    let id = rows.get(r);
    if (id === undefined) {
      const cell = cellsAt(r, [column], false).get(column);
      id = cell ? cellText(cell).trim() : '';
      rows.set(r, id);
    }
    return id;
  };
}
