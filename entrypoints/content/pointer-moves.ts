/**
 * Pointer moves told to a hover intent, hit-tested once per animation frame at most. Whether the pointer is
 * inside our UI is read in the handler itself: an event's composed path is empty once dispatch is over, so a
 * later frame would see every move into a popover as a move out of it. The strip between the thing explained
 * and its card (lib/page/hover-bridge.ts) counts as the card. Used by the code, adjustment-code and modifier
 * popovers.
 */
import type { Box } from '../../lib/page/hit-test';
import { inHoverBridge } from '../../lib/page/hover-bridge';
import type { HoverIntent } from '../../lib/page/hover-intent';
import type { ContentContext } from './content-context';
import type { UiLayers } from './ui-layers';

/** Where the open popover is: the box it explains and its card's element (null when none is open). */
export type OpenCard = () => { anchor: Box; card: Element | null | undefined } | null;

/**
 * Follows pointer moves over the window: the match under the pointer, or "inside" on the card or bridge. While
 * `active()` is false moves are ignored (a feature with nothing on the page costs nothing per move).
 */
export function followPointerMoves<T>(
  page: ContentContext,
  ui: UiLayers,
  intent: HoverIntent<T>,
  at: (x: number, y: number) => T | undefined,
  openCard: OpenCard,
  active: () => boolean = () => true,
): void {
  const { win, timers, on } = page;
  let last: PointerEvent | null = null;
  let lastInside = false;
  let frame = 0;
  const onBridge = (ev: PointerEvent) => {
    const open = openCard();
    const card = open?.card?.getBoundingClientRect();
    return !!open && !!card && inHoverBridge({ x: ev.clientX, y: ev.clientY }, open.anchor, card);
  };
  on(win, 'pointermove', (e) => {
    if (!active()) return;
    last = e as PointerEvent;
    lastInside = ui.isInside(e);
    if (frame) return;
    frame = timers.requestAnimationFrame(() => {
      frame = 0;
      const ev = last;
      if (!ev) return;
      if (lastInside || onBridge(ev)) intent.pointer(undefined, true);
      else intent.pointer(at(ev.clientX, ev.clientY));
    });
  });
}
