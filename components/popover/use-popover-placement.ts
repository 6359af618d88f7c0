/**
 * Where the popover sits: measured after each render and placed beside its code inside the viewport
 * (lib/page/placement.ts). It renders hidden until placed; once a render leaves the placement unchanged, it is
 * visible where it will stay and `onShown` runs (latency measurement and focus).
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Box } from '../../lib/page/hit-test';
import { placePopover, type Placement, type Size } from '../../lib/page/placement';
import { POPOVER_GAP_PX, POPOVER_MAX_HEIGHT_PX, VIEWPORT_MARGIN_PX } from '../../lib/page/popover-geometry';

export function usePopoverPlacement(
  ref: RefObject<HTMLElement>,
  anchor: Box,
  viewport: Size,
  /** "More": the full height of the window instead of POPOVER_MAX_HEIGHT_PX. */
  expanded: boolean,
  onShown: ((el: HTMLElement) => void) | undefined,
): { place: Placement | null; style: Record<string, string> } {
  const [place, setPlace] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const size = { width: el.offsetWidth, height: el.scrollHeight };
    const next = placePopover(anchor, size, viewport, {
      gap: POPOVER_GAP_PX,
      margin: VIEWPORT_MARGIN_PX,
      maxHeight: expanded ? undefined : POPOVER_MAX_HEIGHT_PX,
    });
    if (!place || next.top !== place.top || next.left !== place.left || next.maxHeight !== place.maxHeight)
      setPlace(next);
    else onShown?.(el);
  });
  const style: Record<string, string> = place
    ? { top: `${place.top}px`, left: `${place.left}px`, maxHeight: `${place.maxHeight}px` }
    : { top: '0px', left: '0px', visibility: 'hidden' };
  return { place, style };
}
