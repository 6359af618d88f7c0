/**
 * Performance budgets of the in-page scanner and highlight layer, as named constants (figures and method:
 * docs/performance.md). Popover geometry and timing live in popover-geometry.ts.
 */

/**
 * Longest stretch of main-thread work before yielding to the page while the user is not scrolling or typing
 * (then one slice per frame: slice-runner.ts). 8 ms rather than 4: on the 10k-line page each yield cost ~1.8 ms
 * of waiting behind the page, and halving the yields brought the whole page from 1,171 to 915 ms with the
 * longest extension task unchanged at 40 ms (docs/performance.md).
 */
export const SLICE_MS = 8;
/**
 * Longest the scanner runs slices back to back at the start of a pass, before its first codes are handed
 * to the highlight layer (under the 50 ms long-task line; docs/performance.md "first viewport marked").
 */
export const FIRST_CHANGE_MS = 30;

/**
 * Fewest rows of a table body walked row by row, leaving out the cells no reader can find anything in
 * (lib/detect/row-walk.ts); a smaller body is walked as any other text (the per-row checks would cost more
 * than the wrappers they save; docs/performance.md, "The walk of big table bodies").
 */
export const ROW_WALK_MIN_ROWS = 100;

/**
 * How long after the user's last scroll, wheel, key or touch the scanner keeps to one slice per frame, so a
 * scan never competes with the frames the user is waiting for.
 */
export const INPUT_QUIET_MS = 250;

/**
 * Shortest interval between two hand-overs of found codes to the highlight layer during a long pass. Every
 * hand-over may change the registered highlight ranges, which makes Chromium re-check the paint of the whole
 * document; on a 10k-line remittance that costs 100+ ms on a slow machine, so handing over after every 4 ms
 * slice made the full pass mostly paint (docs/performance.md). A pass that ends hands over at once, so the
 * first screenful is not delayed.
 */
export const CHANGE_FLUSH_MS = 100;

/**
 * Most highlight ranges registered at once. Only codes within {@link MARK_SCREENS} screens of the viewport
 * get a range (nearest first when there are more): a screenful of the densest claim grid holds a few hundred
 * codes, so 1,500 covers the band around the screen even there. Hover does not depend on ranges (it
 * hit-tests the match store), so a code past the cap still opens its popover.
 */
export const MAX_HIGHLIGHT_RANGES = 1500;

/**
 * Screens above and below the viewport whose codes are marked (so scrolling shows marks already in place). Five,
 * not two: while the page scrolls the band moves only when the screen nears its edge (mark-pace.ts), so a deeper
 * band means fewer moves in a long scroll, each a frame of whole-document pre-paint (docs/performance.md); the
 * band's boxes are found by binary search, so its depth costs little.
 */
export const MARK_SCREENS = 5;

/**
 * Scrolling less than this many screens since the marks were placed changes nothing: every change to a
 * registered highlight makes Chromium re-check the paint of the whole document (docs/performance.md, trace: ~100 ms a
 * frame on a 10k-line page), so the band moves in steps, not every frame, and a move of this size waits for the
 * scroll to pause (mark-pace.ts). Must stay below {@link MARK_SCREENS} so the screen never runs past the band.
 */
export const RECOMPUTE_SCREENS = 1;

/**
 * Up to this many tracked codes, finding those near the screen reads every code's element box (exact on any
 * layout, a few ms); past it, a binary search in document order (see highlight-layer.ts).
 */
export const EXACT_LIMIT = 3000;

/**
 * Codes marked before the page has rendered its first frame, in document order (no box is read then): on a
 * page that has not scrolled they are the first screen's. A screenful of the densest grid holds a few hundred.
 */
export const FIRST_MARKS = 400;

/**
 * Most matches the page keeps. The 50k-line remittance of `npm run bench` holds 56k; past this the scanner
 * keeps what it has, stops adding, and says so in its counters (a page this size is not one a biller reads
 * code by code, and every match costs heap for as long as the page is open).
 */
export const MAX_PAGE_MATCHES = 200_000;

/** Open shadow roots nested inside one another that the scanner enters (real component trees nest a few). */
export const MAX_SHADOW_DEPTH = 32;
