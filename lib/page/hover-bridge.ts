/**
 * The hover bridge: the strip of page between a code and its popover. While the pointer crosses it, the
 * popover counts as hovered, so moving from the code into the card never closes it and never opens a code
 * the strip passes over (the popover sits beside the code, see placement.ts). Pure geometry, no DOM.
 */
import type { Box } from './hit-test';

/** A point in viewport coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** Pixels of slack around the strip (the pointer's position is rounded; a 1 px miss must not close the card). */
const SLACK_PX = 2;

const within = (v: number, lo: number, hi: number) => v >= lo - SLACK_PX && v <= hi + SLACK_PX;

/**
 * True when `p` lies between `anchor` (the code's box) and `card` (the popover's box): in the gap between
 * their facing edges, over the height (or width) both boxes span together.
 */
export function inHoverBridge(p: Point, anchor: Box, card: Box): boolean {
  const spanY = within(p.y, Math.min(anchor.top, card.top), Math.max(anchor.bottom, card.bottom));
  const spanX = within(p.x, Math.min(anchor.left, card.left), Math.max(anchor.right, card.right));
  if (card.left >= anchor.right - SLACK_PX) return spanY && within(p.x, anchor.right, card.left);
  if (card.right <= anchor.left + SLACK_PX) return spanY && within(p.x, card.right, anchor.left);
  if (card.top >= anchor.bottom - SLACK_PX) return spanX && within(p.y, anchor.bottom, card.top);
  if (card.bottom <= anchor.top + SLACK_PX) return spanX && within(p.y, card.bottom, anchor.top);
  return false;
}
