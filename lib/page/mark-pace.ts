/**
 * When the highlight layer changes the highlight while the user scrolls. Every change to a registered
 * highlight makes Chromium re-check the paint of the whole document: on the 10k-line page a trace of the
 * bench's scroll showed each band move cost its frame ~110–145 ms of pre-paint on top of the ~130 ms the page's
 * own frame costs (docs/performance.md, "scroll frame"). So while the page scrolls the band moves only when
 * the screen comes within {@link SCROLL_LEAD_SCREENS} of its edge (the band is up to MARK_SCREENS screens
 * deep on each side, limits.ts), a smaller move waits for the scroll to pause, and other changes (new codes,
 * refilling after a removal) come at most once per {@link SCROLLING_CHANGE_MS}. {@link nextMarkStep} is pure
 * (the layer passes its state in); {@link UpdateTimer} runs the layer's updates when it says.
 */
import { afterFrame, afterLayout } from './frames';
import { INPUT_QUIET_MS, RECOMPUTE_SCREENS } from './limits';

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
  /** Farthest any scroller moved since the band was computed, and how far the band reached then, in screens. */
  travelScreens: number;
  depthScreens: number;
  /** Ms since the last scroll event and since the layer last changed the highlight. */
  sinceScroll: number;
  sinceChange: number;
}

/** What to do now: recompute the band, mark only the new nodes, nothing, or look again after `ms`. */
export type MarkStep = 'recompute' | 'pending' | 'none' | { waitMs: number };

/** The layer's next step; see the module comment. */
export function nextMarkStep(s: MarkState): MarkStep {
  // A band cut short by the range cap (a dense grid) moves by the time the screen reaches its edge.
  const urgent = Math.max(s.depthScreens - SCROLL_LEAD_SCREENS, Math.min(s.depthScreens, RECOMPUTE_SCREENS));
  if (s.forced || s.travelScreens >= urgent) return 'recompute';
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

/**
 * One update asked for at a time: after the page's next layout (`afterLayout`, frames.ts: the page changed), after
 * its next frame (`afterFrame`: a scroll), or after a wait and then a frame.
 */
export class UpdateTimer {
  private cancelFrame: (() => void) | null = null;
  private layout = false;
  private timer = 0;

  constructor(
    private readonly win: Window,
    private readonly run: () => void,
  ) {}

  /** True while an update is asked for. */
  get asked(): boolean {
    return this.cancelFrame !== null;
  }

  /**
   * Runs the update once after the page's next frame (`layoutChanged`: the page changed its DOM, so after its
   * layout, frames.ts); a request of either kind while one is pending joins it, the layout kind winning.
   */
  afterFrame(layoutChanged: boolean): void {
    if (this.cancelFrame && (this.layout || !layoutChanged)) return;
    this.cancelFrame?.();
    this.layout = layoutChanged;
    const done = () => {
      this.cancelFrame = null;
      this.run();
    };
    this.cancelFrame = layoutChanged ? afterLayout(this.win, done) : afterFrame(this.win, done);
  }

  /** Asks for an update after a frame in `ms` (replacing an earlier wait). */
  after(ms: number): void {
    if (this.timer) this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => {
      this.timer = 0;
      this.afterFrame(false);
    }, ms);
  }

  /** Cancels what was asked for. */
  cancel(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    if (this.timer) this.win.clearTimeout(this.timer);
    this.timer = 0;
  }
}
