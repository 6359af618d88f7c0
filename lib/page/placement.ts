/**
 * Where to put the popover: next to the code, inside the viewport. Pure geometry, no DOM.
 */
import type { Box } from './hit-test';

/** Width and height. */
export interface Size {
  width: number;
  height: number;
}

/** Result of {@link placePopover}: viewport coordinates of the popover's top-left corner. */
export interface Placement {
  top: number;
  left: number;
  /** Which side of the code the popover sits on. */
  side: 'below' | 'above';
  /** Height the popover may use before it must scroll (it never grows past the viewport). */
  maxHeight: number;
}

/**
 * Places a popover of `size` next to `anchor` (the code's box): below it when it fits, above when that
 * side has more room, left-aligned with the code and shifted to stay `margin` pixels inside the viewport.
 * `maxHeight` is the room on the chosen side (the popover scrolls within it), so the code stays visible.
 */
export function placePopover(anchor: Box, size: Size, viewport: Size, gap = 6, margin = 8, minHeight = 160): Placement {
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const side: Placement['side'] = size.height <= below || below >= above ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  // A tall popover scrolls inside the room on its side, so the code stays visible; only when neither side
  // has a usable amount of room may it cover the code (it then uses the whole viewport height).
  const maxHeight = Math.max(0, room >= minHeight ? room : viewport.height - 2 * margin);
  const height = Math.min(size.height, maxHeight);
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  top = clamp(top, margin, viewport.height - margin - height);
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * margin));
  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  return { top, left, side, maxHeight };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}
