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
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret position at viewport point (x, y): `caretPositionFromPoint` (standard), else `caretRangeFromPoint`. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
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
 */
export function hitTest(
  doc: Document,
  x: number,
  y: number,
  find: (node: Node, offset: number) => PageMatch | undefined,
): PageMatch | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const match = find(caret.node, caret.offset);
  if (!match) return undefined;
  return pointInBoxes(x, y, matchRects(doc, match)) ? match : undefined;
}
