/**
 * Finding the code under the pointer without touching the page's DOM: the browser's caret position at the
 * pointer tells which text node and offset are there, the match store tells whether a code covers that
 * offset, and the code's client rects confirm the pointer is really on it (a caret position snaps to the
 * nearest character even when the pointer is in the blank space past the end of a line).
 */
import type { PageMatch } from './match-store';

/** A caret position: a node and an offset in it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The caret position at viewport point (x, y): `caretPositionFromPoint` (standard; told about `shadowRoots`
 * so it can answer with a text node inside them), else `caretRangeFromPoint`. When the answer is not a text
 * node (the caret stopped at a shadow host, or neither method exists) the open shadow roots under the point
 * are walked through `elementFromPoint` and the character under it is found there.
 * @param shadowRoots open shadow roots the caret may land in (those holding codes).
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): CaretPoint | null {
  const d = doc as unknown as CaretDocument;
  let caret: CaretPoint | null = null;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p =
      shadowRoots.length > 0
        ? d.caretPositionFromPoint.call(doc, x, y, { shadowRoots: [...shadowRoots] })
        : d.caretPositionFromPoint.call(doc, x, y);
    caret = p ? { node: p.offsetNode, offset: p.offset } : null;
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    caret = r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  if ((caret && caret.node.nodeType === 3) || shadowRoots.length === 0) return caret;
  return caretInShadow(doc, x, y) ?? caret;
}

/** Most characters examined in the innermost element when walking shadow roots (a label, not a document). */
const MAX_WALK_CHARS = 2_000;

/**
 * Older engines: follow `elementFromPoint` through open shadow roots to the innermost element, then find
 * the character of its own text whose box holds the point. Null when the point is not inside a shadow root.
 */
export function caretInShadow(doc: Document, x: number, y: number): CaretPoint | null {
  let el = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
  let entered = false;
  for (let depth = 0; el?.shadowRoot && depth < 32; depth++) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
    entered = true;
  }
  if (!el || !entered) return null;
  const range = doc.createRange();
  let seen = 0;
  for (let n = el.firstChild; n && seen < MAX_WALK_CHARS; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const text = n as Text;
    for (let i = 0; i < text.length && seen < MAX_WALK_CHARS; i++, seen++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      if (pointInBoxes(x, y, range.getClientRects(), 0)) return { node: text, offset: i };
    }
  }
  return null;
}

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when (x, y) lies in one of the boxes, widened by `slop` pixels on each side. */
export function pointInBoxes(x: number, y: number, boxes: Iterable<Box>, slop = 1): boolean {
  for (const b of boxes) {
    if (x >= b.left - slop && x <= b.right + slop && y >= b.top - slop && y <= b.bottom + slop) return true;
  }
  return false;
}

/** Client rects of a match's characters. */
export function matchRects(doc: Document, m: PageMatch): DOMRectList {
  const range = doc.createRange();
  range.setStart(m.node, m.start);
  range.setEnd(m.node, m.end);
  return range.getClientRects();
}

/**
 * The match under viewport point (x, y), or undefined.
 * @param find the match covering a caret position (usually `MatchStore.at`).
 * @param shadowRoots open shadow roots holding codes (see `ShadowRootSet`), so codes inside them can be hit.
 */
export function hitTest(
  doc: Document,
  x: number,
  y: number,
  find: (node: Node, offset: number) => PageMatch | undefined,
  shadowRoots: readonly ShadowRoot[] = [],
): PageMatch | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret?.node.nodeType !== 3) return undefined;
  const match = find(caret.node, caret.offset);
  if (!match) return undefined;
  return pointInBoxes(x, y, matchRects(doc, match)) ? match : undefined;
}
