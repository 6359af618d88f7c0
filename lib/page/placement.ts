/**
 * Where to put the popover: beside the code (right, else left), inside the viewport, never over the code's
 * box, so the code column stays readable. Only a viewport too narrow for either side puts it below or above.
 * Pure geometry, no DOM.
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
  side: 'right' | 'left' | 'below' | 'above';
  /** Height the popover may use before it scrolls (its cap, and never past the viewport). */
  maxHeight: number;
}

/** Options of {@link placePopover}. */
export interface PlaceOptions {
  /** Pixels between the code and the popover. */
  gap?: number;
  /** Least distance from the viewport's edges. */
  margin?: number;
  /** Tallest the popover may be (it scrolls within); default: the viewport's height. */
  maxHeight?: number;
  /** Below or above: least room worth using before the popover may cover the code (tiny viewports only). */
  minHeight?: number;
}

/**
 * Places a popover of `size` next to `anchor` (the code's box). Beside the code: on the right when it fits,
 * else on the left, its top level with the code's top and shifted to stay inside the viewport; it may be as
 * tall as the viewport allows (up to `maxHeight`) without ever covering the code. Otherwise below or above
 * the code, on the side with more room, scrolling within that room.
 */
export function placePopover(anchor: Box, size: Size, viewport: Size, opts: PlaceOptions = {}): Placement {
  const { gap = 6, margin = 8, minHeight = 160 } = opts;
  const cap = Math.min(opts.maxHeight ?? Number.POSITIVE_INFINITY, Math.max(0, viewport.height - 2 * margin));
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * margin));
  const right = viewport.width - margin - (anchor.right + gap);
  const left = anchor.left - gap - margin;
  if (width <= right || width <= left) {
    const side = width <= right ? 'right' : 'left';
    const height = Math.min(size.height, cap);
    const top = clamp(anchor.top - 4, margin, viewport.height - margin - height);
    return { top, left: side === 'right' ? anchor.right + gap : anchor.left - gap - width, side, maxHeight: cap };
  }
  return stacked(anchor, size, viewport, width, { gap, margin, minHeight, cap });
}

/** Below or above the code, for a viewport too narrow to put the popover beside it. */
function stacked(
  anchor: Box,
  size: Size,
  viewport: Size,
  width: number,
  o: { gap: number; margin: number; minHeight: number; cap: number },
): Placement {
  const { gap, margin } = o;
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const side: Placement['side'] = size.height <= below || below >= above ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  // Only when neither side has a usable amount of room may it cover the code.
  const maxHeight = Math.min(o.cap, Math.max(0, room >= o.minHeight ? room : viewport.height - 2 * margin));
  const height = Math.min(size.height, maxHeight);
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  top = clamp(top, margin, viewport.height - margin - height);
  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  return { top, left, side, maxHeight };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}
