/**
 * Performance budgets of the in-page scanner, as named constants (conventions A6.9, issue 7).
 */

/** Longest stretch of main-thread work before yielding to the page (uBlock Origin uses the same bound). */
export const SLICE_MS = 4;

/**
 * Shortest interval between two hand-overs of found codes to the highlight layer during a long pass. Every
 * hand-over starts observing new elements, which costs the page a rendering frame; on a 10k-line remittance
 * a frame costs 100+ ms on a slow machine, so handing over after every 4 ms slice made the full pass mostly
 * frames (issue 7's bench). A pass that ends hands over at once, so the first screenful is not delayed.
 */
export const CHANGE_FLUSH_MS = 100;

/**
 * Most highlight ranges registered at once. Chromium re-paints every registered range on every frame, so
 * thousands of ranges tax scrolling (issue 7 measured 187 ms frames with 10k ranges vs 58 ms without).
 * Only codes on or near the screen (see {@link NEAR_SCREEN_MARGIN}) get a range; a screenful of a dense
 * remittance holds a few hundred codes, so 1,500 covers three screens of the densest grid. Hover does not
 * depend on ranges (it hit-tests the match store), so a code past the cap still opens its popover.
 */
export const MAX_HIGHLIGHT_RANGES = 1500;

/** How far outside the viewport a code still gets its highlight range (IntersectionObserver rootMargin). */
export const NEAR_SCREEN_MARGIN = '100% 0px 100% 0px';

/** Most distinct page codes sent with a details request (for PTP pairs on the page). */
export const MAX_PAGE_CODES = 200;

/** Grace period after the pointer leaves a code or the popover before the popover closes. */
export const CLOSE_GRACE_MS = 250;

/** Pixels between a code and its popover, and the popover's minimum distance from the viewport edges. */
export const POPOVER_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;
