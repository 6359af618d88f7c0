/**
 * The popover layer of a feature that explains something other than a code (adjustment codes, modifiers):
 * the same Popover, pin and Escape behaviour as the code popover, drawn at the feature's own stacking level
 * (ui-layers.ts). The feature keeps its own hover intent and state; this only draws and closes.
 */
import type { PopoverContent } from '../../components/Popover';
import type { Box } from '../../lib/page/hit-test';
import { HoverIntent } from '../../lib/page/hover-intent';
import { CLOSE_GRACE_MS } from '../../lib/page/popover-geometry';
import type { LiveSettings } from './live-settings';
import type { ContentContext } from './content-context';
import type { UiLayers } from './ui-layers';

/** What such a popover shows: its content, next to the box it explains. */
export interface SecondaryPopoverState {
  anchor: Box;
  content: PopoverContent;
}

/**
 * The feature's hover intent: the user's hover delay, the code popover's close grace, and the UI script loaded
 * while the pointer rests (ui-layers.ts `prepare`). `closed` runs before the layers are redrawn.
 */
export function secondaryIntent<T>(
  page: ContentContext,
  ui: UiLayers,
  settings: LiveSettings,
  actions: { open(target: T): void; closed(): void },
  same?: (a: T, b: T) => boolean,
): HoverIntent<T> {
  return new HoverIntent<T>(
    { set: page.timers.setTimeout, clear: page.timers.clearTimeout },
    () => settings.current.preferences.hoverDelayMs,
    CLOSE_GRACE_MS,
    {
      prefetch: () => ui.prepare(),
      open: actions.open,
      close: () => {
        actions.closed();
        ui.update();
      },
    },
    same,
  );
}

/** Adds the feature's popover layer at `z`; Escape closes it when it is open. */
export function addSecondaryPopover<T>(
  page: ContentContext,
  ui: UiLayers,
  z: number,
  intent: HoverIntent<T>,
  current: () => SecondaryPopoverState | null,
): void {
  const { doc, win } = page;
  ui.add(
    z,
    () => {
      const state = current();
      if (!state) return null;
      const props = {
        content: state.content,
        anchor: state.anchor,
        pinned: intent.pinned,
        viewport: { width: doc.documentElement.clientWidth, height: win.innerHeight },
        onPin: (p: boolean) => {
          intent.setPinned(p);
          ui.update();
        },
        onClose: () => intent.closeNow(),
      };
      return { view: 'popover', props };
    },
    () => {
      if (!current()) return false;
      intent.closeNow();
      return true;
    },
  );
}
