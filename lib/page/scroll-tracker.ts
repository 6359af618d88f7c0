/**
 * How far the page has scrolled since the highlight layer last placed its band, for the document and any
 * inner scroller. The scroll event only notes which scroller moved and when: offsets are read later, after
 * the page's frame (`afterFrame`, frames.ts), since `scrollY` or `scrollTop` read while the page's layout is
 * pending runs that layout inside the extension's task (docs/performance.md).
 */

/** Follows scroll offsets (the document's under `null`); `scrolled` is called on every scroll event. */
export class ScrollTracker {
  /** Offsets when the band was last computed. */
  private readonly at = new Map<Element | null, number>();
  /** Scrollers that scrolled since then. */
  private readonly moved = new Set<Element | null>();
  private lastScrollAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly win: Window,
    private readonly now: () => number,
    scrolled: () => unknown,
    resized: () => unknown,
    signal?: AbortSignal,
  ) {
    const listen = { capture: true, passive: true, signal };
    win.addEventListener(
      'scroll',
      (e) => {
        const t = e.target;
        this.moved.add(t && (t as Node).nodeType === 1 ? (t as Element) : null);
        this.lastScrollAt = this.now();
        scrolled();
      },
      listen,
    );
    win.addEventListener('resize', () => resized(), listen);
  }

  /** Ms since the last scroll event (Infinity before the first). */
  sinceScroll(): number {
    return this.now() - this.lastScrollAt;
  }

  /**
   * Farthest any scroller moved since {@link rebase}, in px; Infinity for a scroller seen for the first time
   * (its content may lie anywhere). Reads scroll offsets: call it after the page's frame.
   */
  travel(): number {
    let most = 0;
    for (const el of this.moved) {
      const then = this.at.get(el);
      if (then === undefined) return Number.POSITIVE_INFINITY;
      most = Math.max(most, Math.abs(this.offset(el) - then));
    }
    return most;
  }

  /** The band was just computed: scrolling is judged from every scroller's position now. */
  rebase(): void {
    this.at.set(null, this.win.scrollY);
    for (const el of [...this.at.keys()]) {
      if (!el) continue;
      if (el.isConnected) this.at.set(el, el.scrollTop);
      else this.at.delete(el);
    }
    for (const el of this.moved) if (el?.isConnected) this.at.set(el, el.scrollTop);
    this.moved.clear();
  }

  private offset(el: Element | null): number {
    return el ? el.scrollTop : this.win.scrollY;
  }
}
