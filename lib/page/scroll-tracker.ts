/**
 * When the marked band must move: every change to a registered highlight costs the page a repaint, so the
 * highlight layer moves its band only after {@link RECOMPUTE_SCREENS} screen of scrolling of the document or
 * of any inner scroller since its last recompute, and always on resize.
 */
import { RECOMPUTE_SCREENS } from './limits';

/** Follows scroll offsets (the document's under `null`) and calls `moved` when the band is out of date. */
export class ScrollTracker {
  private readonly at = new Map<Element | null, number>();

  constructor(
    private readonly win: Window,
    private readonly moved: () => unknown,
    signal?: AbortSignal,
  ) {
    const listen = { capture: true, passive: true, signal };
    win.addEventListener('scroll', (e) => this.onScroll(e.target), listen);
    win.addEventListener('resize', () => moved(), listen);
  }

  private onScroll(target: EventTarget | null): void {
    const el = target && (target as Node).nodeType === 1 ? (target as Element) : null;
    const now = el ? el.scrollTop : this.win.scrollY;
    const then = this.at.get(el);
    // An inner scroller seen for the first time: recompute once, and judge its later scrolling from here.
    if (then === undefined) this.at.set(el, now);
    if (then === undefined || Math.abs(now - then) >= RECOMPUTE_SCREENS * this.win.innerHeight) this.moved();
  }

  /** The band was just computed: scrolling is judged from every scroller's position now. */
  rebase(): void {
    this.at.set(null, this.win.scrollY);
    for (const el of [...this.at.keys()]) {
      if (!el) continue;
      if (el.isConnected) this.at.set(el, el.scrollTop);
      else this.at.delete(el);
    }
  }
}
