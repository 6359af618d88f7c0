/**
 * When the highlight layer changes the highlight while the user scrolls. Every change to a registered
 * highlight makes Chromium re-check the paint of the whole document: on the 10k-line page a trace of the
 * bench's scroll showed each band move cost its frame ~110–145 ms of pre-paint on top of the ~130 ms the page's
 * own frame costs (docs/performance.md, "scroll frame"). So while the page scrolls the band moves only when
 * the screen comes within {@link SCROLL_LEAD_SCREENS} of its edge (the band is {@link MARK_SCREENS} screens
 * deep on each side), a smaller move waits for the scroll to pause, and other changes (new codes, refilling
 * after a removal) come at most once per {@link SCROLLING_CHANGE_MS}. Pure: the layer passes its state in.
 */
import { INPUT_QUIET_MS, MARK_SCREENS, RECOMPUTE_SCREENS } from './limits';

/**
 * While scrolling, the band moves once the screen is this close to its edge (in screens): the move lands after
 * the next frame, and a fast scroll moves a third of a screen per frame on a slow page (the bench's 240 px).
 */
export const SCROLL_LEAD_SCREENS = 1;
/** While scrolling, new codes and refills change the highlight at most this often (a few frames of a big page). */
export const SCROLLING_CHANGE_MS = 400;
/** No scroll event for this long: the scroll has paused (the same quiet as the scanner's, slice-runner.ts). */
export const SCROLL_QUIET_MS = INPUT_QUIET_MS;

/** What the layer knows when it may update. */
export interface MarkState {
  /** A recompute that cannot wait: a resize, a scroller seen for the first time, geometry newly allowed. */
  forced: boolean;
  /** A recompute that may wait while the user scrolls (a removal left room under the cap). */
  stale: boolean;
  /** New nodes wait to be checked against the band. */
  pending: boolean;
  /** Farthest any scroller moved since the band was computed, in screens. */
  travelScreens: number;
  /** Ms since the last scroll event and since the layer last changed the highlight. */
  sinceScroll: number;
  sinceChange: number;
}

/** What to do now: recompute the band, mark only the new nodes, nothing, or look again after `ms`. */
export type MarkStep = 'recompute' | 'pending' | 'none' | { waitMs: number };

/** The layer's next step; see the module comment. */
export function nextMarkStep(s: MarkState): MarkStep {
  if (s.forced || s.travelScreens >= MARK_SCREENS - SCROLL_LEAD_SCREENS) return 'recompute';
  const moved = s.travelScreens >= RECOMPUTE_SCREENS;
  const other = s.pending || s.stale;
  if (!moved && !other) return 'none';
  const go: MarkStep = moved || s.stale ? 'recompute' : 'pending';
  if (s.sinceScroll >= SCROLL_QUIET_MS) return go;
  // Scrolling: a change due for other reasons also moves the band (one repaint pays for both).
  if (other && s.sinceChange >= SCROLLING_CHANGE_MS) return go;
  const quiet = SCROLL_QUIET_MS - s.sinceScroll;
  return { waitMs: other ? Math.min(quiet, SCROLLING_CHANGE_MS - s.sinceChange) : quiet };
}
