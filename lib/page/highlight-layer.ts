/**
 * Marks detected codes with the CSS Custom Highlight API, for codes on or near the screen only.
 *
 * Issue 7's bench and a CDP trace showed what marking costs the page on a big remittance:
 * - every change to a registered highlight makes Chromium re-check the paint of the whole document (a
 *   full pre-paint walk: ~100 ms a frame on a 10k-line page), so the marks must change rarely;
 * - an IntersectionObserver watching every element that holds a code (11k on that page) costs 60–160 ms of
 *   intersection work per frame while scrolling, and each new target forces a frame of its own.
 *
 * So this layer reads geometry itself, once per animation frame at most and only when needed (new codes,
 * a scroll of more than {@link RECOMPUTE_SCREENS} screen, a resize): it marks the codes within
 * {@link MARK_SCREENS} screens above and below the viewport (capped at {@link MAX_HIGHLIGHT_RANGES}, nearest
 * first) and leaves the highlight alone in between. Geometry is read in `requestAnimationFrame`, where the
 * browser lays the page out for the coming frame anyway, so the reads never add a layout of their own.
 *
 * Finding the codes near the screen: up to {@link EXACT_LIMIT} tracked codes every element's box is read (a
 * few ms); past that the codes are kept in document order and the window is found by binary search, which
 * assumes document order runs top to bottom — true of the long tables and lists that have that many codes.
 * Observing geometry never modifies the page, and hover never depends on a range (see `hit-test.ts`), so a
 * code past the cap or outside the window still opens its popover.
 */
import { documentOrder, type PageMatch } from './match-store';
import { EXACT_LIMIT, MARK_SCREENS, MAX_HIGHLIGHT_RANGES, RECOMPUTE_SCREENS } from './limits';

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
}
interface HighlightWindow {
  Highlight?: new () => HighlightLike;
  CSS?: { highlights?: { set(name: string, h: HighlightLike): unknown; delete(name: string): boolean } };
}

/** True when the window supports the CSS Custom Highlight API. */
export function supportsHighlights(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** Options of a {@link HighlightLayer}. */
export interface HighlightLayerOptions {
  /** Most ranges at once (default {@link MAX_HIGHLIGHT_RANGES}). */
  cap?: number;
  /** Stops listening to scroll and resize when aborted. */
  signal?: AbortSignal;
}

/** A vertical band in viewport coordinates. */
interface Band {
  top: number;
  bottom: number;
}

/** The highlight of near-screen codes; see the module comment. */
export class HighlightLayer {
  private readonly highlight: HighlightLike | null;
  private readonly cap: number;
  /** Tracked matches in document order (may hold removed ones until the next compaction). */
  private order: PageMatch[] = [];
  /**
   * Removed matches still in {@link order} until the next compaction. Tracked matches are not kept in a set
   * of their own: on a 50k-line page that set alone cost 1.5 MB of issue 7's 20 MB heap budget. So callers
   * must add a match only once (until they remove it) and remove only matches they added, as the scanner does.
   */
  private readonly dead = new Set<PageMatch>();
  /** Matches tracked. */
  private count = 0;
  private readonly ranges = new Map<PageMatch, Range>();
  /** Matches added since the last frame, checked against the marked band then. */
  private pending: PageMatch[] = [];
  private frame = 0;
  private recomputeNeeded = true;
  /** Scroll offset of each scroller (the document's under `null`) when the band was last computed. */
  private readonly scrolledAt = new Map<Element | null, number>();
  /** Marked band in document coordinates (viewport band + the document's scroll offset then). */
  private marked: Band | null = null;
  private name: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    name: string | null,
    options: HighlightLayerOptions = {},
  ) {
    const w = win as unknown as HighlightWindow;
    this.highlight = supportsHighlights(win) ? new w.Highlight!() : null;
    this.cap = options.cap ?? MAX_HIGHLIGHT_RANGES;
    this.name = name;
    const listen = { capture: true, passive: true, signal: options.signal };
    win.addEventListener('scroll', (e) => this.onScroll(e.target), listen);
    win.addEventListener('resize', () => this.invalidate(), listen);
  }

  /** Number of ranges currently registered. */
  get rangeCount(): number {
    return this.ranges.size;
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
  private registered: string | null = null;

  /** Shows the marks under the last name given (true) or hides them (false). */
  setVisible(visible: boolean): void {
    this.register(visible ? this.name : null);
  }

  private register(name: string | null): void {
    const reg = (this.win as unknown as HighlightWindow).CSS?.highlights;
    if (!this.highlight || !reg || name === this.registered) return;
    if (this.registered) reg.delete(this.registered);
    if (name) reg.set(name, this.highlight);
    this.registered = name;
  }

  /**
   * Starts tracking matches (given in document order when they come from one pass, as the scanner's do).
   * `settled`: the page has not changed since the browser last laid it out, so their boxes are checked at
   * once, without asking for a frame (on a big page every frame costs the page tens of ms); otherwise they
   * are checked in the next animation frame, where the browser lays the page out anyway.
   */
  add(matches: readonly PageMatch[], settled = false): void {
    if (matches.length === 0) return;
    // A match removed and added again must not sit twice in the document-order list.
    this.compact();
    this.count += matches.length;
    this.insertInOrder(matches, settled);
    for (let i = 0; i < matches.length; i++) this.pending.push(matches[i]);
    if (!this.highlight) return;
    // The first codes (the viewport pass, whose reads have just laid the page out) are marked at once too:
    // waiting for a frame would put the first marks behind the page's own next paint.
    if (!this.marked || (settled && !this.recomputeNeeded)) this.update();
    else this.schedule();
  }

  /** Stops tracking matches (their node changed or left the page). */
  remove(matches: readonly PageMatch[]): void {
    let dropped = false;
    for (const m of matches) {
      if (this.dead.has(m)) continue;
      this.dead.add(m);
      this.count--;
      if (this.dropRange(m)) dropped = true;
    }
    if (this.dead.size > 1024 && this.dead.size > this.order.length / 2) this.compact();
    // A freed slot may belong to a capped near-screen code.
    if (dropped && this.ranges.size < this.cap) this.invalidate();
  }

  /** Removes every mark and stops work. */
  destroy(): void {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.setName(null);
    this.highlight?.clear();
    this.ranges.clear();
    this.dead.clear();
    this.count = 0;
    this.order = [];
    this.pending = [];
  }

  /** Forces a full recompute on the next frame (resize, or a caller that knows the layout moved). */
  invalidate(): void {
    this.recomputeNeeded = true;
    this.schedule();
  }

  private onScroll(target: EventTarget | null): void {
    if (this.count === 0) return;
    const el = target && (target as Node).nodeType === 1 ? (target as Element) : null;
    const now = el ? el.scrollTop : this.win.scrollY;
    const then = this.scrolledAt.get(el);
    // An inner scroller seen for the first time: recompute once, and judge its later scrolling from here.
    if (then === undefined) this.scrolledAt.set(el, now);
    if (then === undefined || Math.abs(now - then) >= RECOMPUTE_SCREENS * this.win.innerHeight) this.invalidate();
  }

  private schedule(): void {
    if (this.frame || !this.highlight) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /** Runs in an animation frame (or the scanner's task): a full recompute, or just the new matches. */
  private update(): void {
    const started = this.win.performance?.now();
    const before = this.changes;
    this.updateBand();
    this.stats.updates++;
    if (this.changes !== before) this.stats.bandChanges++;
    if (started !== undefined)
      this.stats.longestUpdateMs = Math.max(this.stats.longestUpdateMs, this.win.performance.now() - started);
  }
  /** Range additions and deletions so far (a change of the registered highlight costs the page a repaint). */
  private changes = 0;

  private updateBand(): void {
    const h = this.win.innerHeight;
    const band: Band = { top: -MARK_SCREENS * h, bottom: h + MARK_SCREENS * h };
    if (this.recomputeNeeded || !this.marked) {
      this.recomputeNeeded = false;
      this.pending = [];
      this.recompute(band);
      return;
    }
    const offset = this.win.scrollY;
    const now: Band = { top: this.marked.top - offset, bottom: this.marked.bottom - offset };
    const near: PageMatch[] = [];
    // New codes arrive in document order; on a big page, once a run of them lies below the band the rest
    // of the batch does too (small pages are checked in full, whatever their layout).
    const ordered = this.count > EXACT_LIMIT;
    let below = 0;
    for (const m of this.pending) {
      if (this.dead.has(m)) continue;
      const r = boxOf(m);
      if (inBand(r, now)) {
        near.push(m);
        below = 0;
      } else if (ordered && r.top > now.bottom && ++below >= OUT_OF_ORDER_SLACK) break;
    }
    this.pending = [];
    for (const m of near) this.addRange(m);
  }

  private recompute(band: Band): void {
    const near = this.count <= EXACT_LIMIT ? this.nearExact(band) : this.nearOrdered(band);
    // Nearest to the viewport first, so the cap drops the farthest.
    const mid = this.win.innerHeight / 2;
    near.sort((a, b) => Math.abs(a.center - mid) - Math.abs(b.center - mid));
    const keep = new Set(near.slice(0, this.cap).map((n) => n.m));
    for (const m of [...this.ranges.keys()]) if (!keep.has(m)) this.dropRange(m);
    for (const m of keep) this.addRange(m);
    const offset = this.win.scrollY;
    this.marked = { top: band.top + offset, bottom: band.bottom + offset };
    // Scroll positions are now judged against where each scroller is at this recompute.
    this.scrolledAt.set(null, offset);
    for (const el of [...this.scrolledAt.keys()]) {
      if (!el) continue;
      if (el.isConnected) this.scrolledAt.set(el, el.scrollTop);
      else this.scrolledAt.delete(el);
    }
  }

  /** Every tracked match's box, read directly (small pages: exact whatever the layout). */
  private nearExact(band: Band): { m: PageMatch; center: number }[] {
    const out: { m: PageMatch; center: number }[] = [];
    for (const m of this.order) {
      if (this.dead.has(m)) continue;
      const r = boxOf(m);
      if (inBand(r, band)) out.push({ m, center: (r.top + r.bottom) / 2 });
    }
    return out;
  }

  /**
   * Big pages: binary search in document order for the first match whose box reaches the band, then walk
   * on while boxes are still above the band's bottom. Boxes with no size (hidden rows) are stepped over.
   */
  private nearOrdered(band: Band): { m: PageMatch; center: number }[] {
    this.compact();
    const order = this.order;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const r = this.visibleBoxFrom(mid, hi);
      if (!r) {
        hi = mid;
        continue;
      }
      if (r.box.bottom < band.top) lo = r.index + 1;
      else hi = mid;
    }
    const out: { m: PageMatch; center: number }[] = [];
    // Tolerate a few out-of-order boxes (a sticky header, a wrapped cell) before concluding the band is passed.
    let below = 0;
    // The band spans five screens, so the walk reads at most that many screens of codes (bounded for safety).
    for (let i = lo; i < order.length && below < OUT_OF_ORDER_SLACK && i - lo < MAX_BAND_WALK; i++) {
      const r = boxOf(order[i]);
      if (r.width === 0 && r.height === 0) continue;
      if (r.top > band.bottom) {
        below++;
        continue;
      }
      below = 0;
      if (inBand(r, band)) out.push({ m: order[i], center: (r.top + r.bottom) / 2 });
    }
    return out;
  }

  /** The first match at or after `from` (before `to`) whose box has a size. */
  private visibleBoxFrom(from: number, to: number): { index: number; box: DOMRect } | null {
    for (let i = from; i < to && i < from + 64; i++) {
      const box = boxOf(this.order[i]);
      if (box.width > 0 || box.height > 0) return { index: i, box };
    }
    return null;
  }

  /**
   * Inserts matches at their document-order position (appending is the common case: a pass runs top down).
   * A settled batch comes from one pass of the scanner, already in document order, and is not re-checked:
   * `compareDocumentPosition` between two rows walks the siblings before them, so checking every pair of a
   * batch on a 50k-line table made single slices take 400 ms (issue 7).
   */
  private insertInOrder(matches: readonly PageMatch[], inOrder: boolean): void {
    // Sorted on a copy, and only when out of order: the caller's list is left as it is.
    const fresh = inOrder || isSorted(matches) ? matches : [...matches].sort((a, b) => documentOrder(a.node, b.node));
    const order = this.order;
    const last = order[order.length - 1];
    if (!last || documentOrder(last.node, fresh[0].node) <= 0) {
      // One by one: a batch may hold more matches than the engine takes arguments.
      for (let i = 0; i < fresh.length; i++) order.push(fresh[i]);
      return;
    }
    this.compact();
    for (const m of fresh) {
      let lo = 0;
      let hi = this.order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (documentOrder(this.order[mid].node, m.node) <= 0) lo = mid + 1;
        else hi = mid;
      }
      this.order.splice(lo, 0, m);
    }
  }

  private compact(): void {
    if (this.dead.size === 0) return;
    this.order = this.order.filter((m) => !this.dead.has(m));
    this.dead.clear();
  }

  private addRange(m: PageMatch): void {
    if (!this.highlight || this.ranges.has(m) || this.ranges.size >= this.cap) return;
    if (m.end > m.node.data.length) return;
    const r = this.doc.createRange();
    r.setStart(m.node, m.start);
    r.setEnd(m.node, m.end);
    this.ranges.set(m, r);
    this.highlight.add(r);
    this.changes++;
  }

  private dropRange(m: PageMatch): boolean {
    const r = this.ranges.get(m);
    if (!r) return false;
    this.highlight?.delete(r);
    this.ranges.delete(m);
    this.changes++;
    return true;
  }
}

/** Most codes the ordered walk reads for one band (a band of the densest grid holds a few thousand). */
const MAX_BAND_WALK = 20_000;

/** Out-of-band boxes in a row after which the ordered walk stops. */
const OUT_OF_ORDER_SLACK = 64;

const NO_BOX = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 } as DOMRect;

/** The box of the element holding a match (cheaper than the range's own rects, and as good for a band test). */
function boxOf(m: PageMatch): DOMRect {
  return m.node.parentElement?.getBoundingClientRect() ?? NO_BOX;
}

function inBand(r: DOMRect, band: Band): boolean {
  return (r.width > 0 || r.height > 0) && r.bottom >= band.top && r.top <= band.bottom;
}

function isSorted(list: readonly PageMatch[]): boolean {
  for (let i = 1; i < list.length; i++)
    if (list[i - 1].node !== list[i].node && documentOrder(list[i - 1].node, list[i].node) > 0) return false;
  return true;
}
