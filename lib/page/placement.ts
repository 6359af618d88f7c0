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
 */
export function placePopover(anchor: Box, size: Size, viewport: Size, gap = 6, margin = 8): Placement {
  const maxHeight = Math.max(0, viewport.height - 2 * margin);
  const height = Math.min(size.height, maxHeight);
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const side: Placement['side'] = height <= below || below >= above ? 'below' : 'above';
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  top = clamp(top, margin, viewport.height - margin - height);
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * margin));
  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  return { top, left, side, maxHeight };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}
