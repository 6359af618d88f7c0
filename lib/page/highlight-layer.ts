/**
 * Marks detected codes with the CSS Custom Highlight API, for codes on or near the screen only.
 *
 * CDP traces of the bench's pages showed what marking costs: every change to a registered highlight makes
 * Chromium re-check the paint of the whole document (~100–145 ms of pre-paint a frame on a 10k-line page), so
 * the marks must change rarely; an IntersectionObserver on every element holding a code (11k there) cost
 * 60–160 ms of intersection work per frame while scrolling, and each new target forced a frame of its own.
 *
 * So this layer reads geometry itself, once per frame at most and only when needed (new codes, a scroll, a
 * resize): it marks the codes within {@link MARK_SCREENS} screens above and below the viewport (capped at
 * {@link MAX_HIGHLIGHT_RANGES}, nearest first) and leaves the highlight alone in between. While the page
 * scrolls it changes the highlight as rarely as it can without the screen leaving the marked band
 * (`mark-pace.ts`). Geometry is read in a task right after the page's frame (`afterFrame`), when the browser
 * has just laid the page out, so the reads never run a layout of the page's own inside ours.
 *
 * The layer keeps no list of its own: it reads the match store's document order (`mark-band.ts` finds the
 * nodes near the screen) and holds only the ranges it registered, per text node. Observing geometry never
 * modifies the page, and hover never depends on a range (see `hit-test.ts`), so a code past the cap or
 * outside the window still opens its popover.
 *
 * Before the page has rendered its first frame (a big page may still be laying itself out), no box is read:
 * the first codes handed over are marked as they come, in document order, up to {@link FIRST_MARKS} — on a
 * page that has not scrolled they are the first screen's — and the band is computed once the page has
 * rendered ({@link HighlightLayer.allowGeometry}).
 */
import { FIRST_MARKS, MARK_SCREENS, MAX_HIGHLIGHT_RANGES } from './limits';
import { type Band, type MarkSource, newInBand, nodesToMark } from './mark-band';
import { nextMarkStep, UpdateTimer } from './mark-pace';
import type { PageMatch } from './match-store';
import { type HighlightLike, HighlightRanges, type HighlightWindow, supportsHighlights } from './highlight-ranges';
import { ScrollTracker } from './scroll-tracker';

export type { MarkSource } from './mark-band';
export { supportsHighlights } from './highlight-ranges';

/** Options of a {@link HighlightLayer}. */
export interface HighlightLayerOptions {
  /** Where the matches are (the match store): the layer reads its document order and each node's matches. */
  source: MarkSource;
  /** Most ranges at once (default {@link MAX_HIGHLIGHT_RANGES}). */
  cap?: number;
  /** Stops listening to scroll and resize when aborted. */
  signal?: AbortSignal;
  /** Read no geometry until {@link HighlightLayer.allowGeometry} (the page has not rendered yet). */
  geometryLater?: boolean;
}

/** The highlight of near-screen codes; see the module comment. */
export class HighlightLayer {
  private readonly highlight: HighlightLike | null;
  private readonly cap: number;
  private readonly source: MarkSource;
  private readonly ranges: HighlightRanges;
  /** Nodes added since the last update, checked against the marked band then. */
  private pending: Text[] = [];
  /** The next update: after the page's next frame, or later while the user scrolls (mark-pace.ts). */
  private readonly timer: UpdateTimer;
  /** A recompute that cannot wait (resize, geometry allowed), and one that may (a removal left room). */
  private forced = true;
  private stale = false;
  private lastChangeAt = Number.NEGATIVE_INFINITY;
  private geometry: boolean;
  private destroyed = false;
  private readonly scrolls: ScrollTracker;
  /** Marked band in document coordinates (viewport band + the document's scroll offset then). */
  private marked: Band | null = null;
  /** How many screens the marked band reaches beyond the viewport ({@link MARK_SCREENS}, less past the cap). */
  private depth = MARK_SCREENS;
  private name: string | null = null;

  constructor(
    doc: Document,
    private readonly win: Window,
    name: string | null,
    options: HighlightLayerOptions,
  ) {
    const w = win as unknown as HighlightWindow;
    this.highlight = supportsHighlights(win) ? new w.Highlight!() : null;
    this.cap = options.cap ?? MAX_HIGHLIGHT_RANGES;
    this.source = options.source;
    this.ranges = new HighlightRanges(doc, this.highlight, this.source, this.cap);
    this.geometry = !options.geometryLater;
    this.name = name;
    this.timer = new UpdateTimer(win, () => this.update());
    const now = () => win.performance.now();
    const scrolled = () => this.source.nodeCount > 0 && this.schedule(false);
    this.scrolls = new ScrollTracker(win, now, scrolled, () => this.invalidate(), options.signal);
  }

  /** Number of ranges currently registered. */
  get rangeCount(): number {
    return this.ranges.total;
  }

  /** Counters for benchmarks (counts and durations only): geometry updates run, band changes, longest update in ms. */
  readonly stats = { updates: 0, bandChanges: 0, longestUpdateMs: 0 };

  /**
   * Registers the marks under `name` (one highlight name per style; see highlight-style.ts), or takes them off
   * the page (`null`). Ranges are kept, so showing them again is instant.
   */
  setName(name: string | null): void {
    if (name) this.name = name;
    this.register(name);
  }

  /** Shows the marks under the last name given (true) or hides them (false). */
  setVisible(visible: boolean): void {
    this.register(visible ? this.name : null);
  }

  private register(name: string | null): void {
    this.ranges.registerAs((this.win as unknown as HighlightWindow).CSS?.highlights, name);
  }

  /**
   * New matches are in the store (given in document order when they come from one pass). `settled`: the page
   * has not changed since the browser last laid it out, so their boxes are checked at once, without asking
   * for a frame (on a big page every frame costs the page tens of ms); otherwise right after the next frame.
   */
  add(matches: readonly PageMatch[], settled = false): void {
    if (matches.length === 0) return;
    let last: Text | null = null;
    for (let i = 0; i < matches.length; i++) {
      const node = matches[i].node;
      if (node !== last) this.pending.push(node);
      last = node;
    }
    if (!this.highlight) {
      this.pending = [];
      return;
    }
    if (!this.geometry) this.markUnlaid();
    // The first codes are marked at once too: waiting for a frame would put them behind the page's next paint.
    // A look after the frame already asked for (a scroll, a resize) judges them there.
    else if (!this.marked || (settled && !this.forced && !this.stale && !this.timer.asked)) this.update();
    else this.schedule();
  }

  /** Matches left the store (their node changed or left the page): their marks go. */
  remove(matches: readonly PageMatch[]): void {
    let dropped = false;
    for (const m of matches) {
      if (!this.ranges.drop(m.node)) continue;
      dropped = true;
      // The node's other codes (a rescan that changed one of several) are marked again from the store.
      if (this.source.has(m.node)) this.pending.push(m.node);
    }
    if (!dropped || this.ranges.total >= this.cap) return;
    this.stale = true;
    this.schedule();
  }

  /** The page has rendered a frame: geometry may be read; the band is computed after the next frame. */
  allowGeometry(): void {
    if (this.geometry) return;
    this.geometry = true;
    this.invalidate();
  }

  /** Removes every mark and stops work. */
  destroy(): void {
    this.destroyed = true;
    this.timer.cancel();
    this.setName(null);
    this.ranges.clear();
    this.pending = [];
  }

  /** Forces a full recompute after the next frame (resize, or a caller that knows the layout moved). */
  invalidate(): void {
    this.forced = true;
    this.schedule();
  }

  /** Before the first frame: the first codes in document order, no box read. */
  private markUnlaid(): void {
    for (const node of this.pending) if (this.ranges.total < Math.min(this.cap, FIRST_MARKS)) this.ranges.add(node);
    this.pending = [];
  }

  /** One update once the page's next frame has laid it out (frames.ts); a scroll changes no layout (`false`). */
  private schedule(pageChanged = true): void {
    if (this.highlight && this.geometry && !this.destroyed) this.timer.afterFrame(pageChanged);
  }

  /** Runs after a frame (or in the scanner's task): what mark-pace.ts says, a recompute or the new nodes. */
  private update(): void {
    const started = this.win.performance.now();
    const h = this.win.innerHeight;
    const step = !this.marked
      ? 'recompute'
      : nextMarkStep({
          forced: this.forced,
          stale: this.stale,
          pending: this.pending.length > 0,
          travelScreens: this.scrolls.travel() / h,
          depthScreens: this.depth,
          sinceScroll: this.scrolls.sinceScroll(),
          sinceChange: started - this.lastChangeAt,
        });
    if (typeof step === 'object') this.timer.after(step.waitMs);
    if (typeof step === 'object' || step === 'none') return;
    const before = this.ranges.changes;
    if (step === 'recompute') this.recompute({ top: -MARK_SCREENS * h, bottom: h + MARK_SCREENS * h });
    else this.markPending();
    this.stats.updates++;
    if (this.ranges.changes !== before) {
      this.stats.bandChanges++;
      this.lastChangeAt = started;
    }
    this.stats.longestUpdateMs = Math.max(this.stats.longestUpdateMs, this.win.performance.now() - started);
  }

  /** New nodes against the band already marked (no recompute). */
  private markPending(): void {
    const offset = this.win.scrollY;
    const now: Band = { top: this.marked!.top - offset, bottom: this.marked!.bottom - offset };
    for (const node of newInBand(this.source, this.pending, now, (n) => this.ranges.has(n))) this.ranges.add(node);
    this.pending = [];
  }

  private recompute(band: Band): void {
    this.forced = false;
    this.stale = false;
    this.pending = [];
    const count = (n: Text) => this.ranges.countOf(n) ?? this.source.get(n).length;
    const h = this.win.innerHeight;
    const { keep, reach } = nodesToMark(this.source, band, h / 2, this.cap, count);
    this.ranges.keepOnly(keep);
    for (const node of keep) this.ranges.add(node);
    // Past the cap (a dense grid) the marks reach less far: the band is what they cover, scrolling judged by it.
    const offset = this.win.scrollY;
    this.marked = {
      top: Math.max(band.top, h / 2 - reach) + offset,
      bottom: Math.min(band.bottom, h / 2 + reach) + offset,
    };
    this.depth = Math.min(MARK_SCREENS, (reach - h / 2) / h);
    this.scrolls.rebase();
  }
}
