/**
 * The open code popover's state (features/hover-popover.ts holds the one instance; whether it is pinned is
 * the hover intent's, lib/page/hover-intent.ts) and where on screen it is anchored.
 */
import type { PopoverContent } from '../../components/Popover';
import { type Box, matchRects } from '../../lib/page/hit-test';
import type { PageMatch } from '../../lib/page/match-store';

/** The open popover. */
export interface PopoverState {
  match: PageMatch;
  anchor: Box;
  content: PopoverContent;
  /** Opened from the keyboard panel: it takes focus, survives scrolling and gives focus back when closed. */
  byKeyboard: boolean;
  openedAt: number;
  measured: boolean;
}

/** Where a match is on screen (its first line box), for placing the popover. */
export function anchorOf(doc: Document, m: PageMatch): Box {
  const r = matchRects(doc, m)[0] ?? m.node.parentElement?.getBoundingClientRect();
  return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : { left: 8, top: 8, right: 8, bottom: 8 };
}

/** A popover opening on `m` at `now`, loading until its details arrive. */
export function openingState(doc: Document, m: PageMatch, byKeyboard: boolean, now: number): PopoverState {
  return {
    match: m,
    anchor: anchorOf(doc, m),
    byKeyboard,
    openedAt: now,
    measured: false,
    content: { kind: 'loading', code: m.code },
  };
}
