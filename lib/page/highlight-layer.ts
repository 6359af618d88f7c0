/**
 * Marks detected codes with the CSS Custom Highlight API, for codes on or near the screen only.
 *
 * An IntersectionObserver (the browser's own geometry, off our main-thread budget) reports which elements
 * holding codes are within {@link NEAR_SCREEN_MARGIN} of the viewport; only their codes get a `Range` in
 * the highlight, capped at {@link MAX_HIGHLIGHT_RANGES}. Observing an element never modifies it, so the
 * page's DOM stays byte-identical. Hover works without ranges (see `hit-test.ts`), so the cap costs only
 * the underline on codes far away or past the cap.
 */
import { MAX_HIGHLIGHT_RANGES, NEAR_SCREEN_MARGIN } from './limits';
import type { PageMatch } from './match-store';

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
}
interface HighlightWindow {
  Highlight?: new () => HighlightLike;
  CSS?: { highlights?: { set(name: string, h: HighlightLike): unknown; delete(name: string): boolean } };
  IntersectionObserver: typeof IntersectionObserver;
}

/** True when the window supports the CSS Custom Highlight API. */
export function supportsHighlights(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** The highlight of near-screen codes; see the module comment. */
export class HighlightLayer {
  private readonly highlight: HighlightLike | null;
  private readonly io: IntersectionObserver;
  private readonly byElement = new Map<Element, Set<PageMatch>>();
  private readonly ranges = new Map<PageMatch, Range>();
  private readonly near = new Set<Element>();
  /** Element each match is tracked under (a removed text node no longer has a parent to ask). */
  private readonly owner = new Map<PageMatch, Element>();
  private starved = false;
  private registered = false;
  /** False until the observer's first report; until then new elements are checked against the viewport here. */
  private observerLive = false;

  constructor(private readonly doc: Document, private readonly win: Window, readonly name: string, private readonly cap = MAX_HIGHLIGHT_RANGES) {
    const w = win as unknown as HighlightWindow;
    this.highlight = supportsHighlights(win) ? new w.Highlight!() : null;
    this.io = new w.IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: NEAR_SCREEN_MARGIN });
  }

  /** Number of ranges currently registered. */
  get rangeCount(): number {
    return this.ranges.size;
  }

  /** Shows (true) or hides (false) the marks; ranges are kept so showing again is instant. */
  setVisible(visible: boolean): void {
    const reg = (this.win as unknown as HighlightWindow).CSS?.highlights;
    if (!this.highlight || !reg) return;
    if (visible && !this.registered) reg.set(this.name, this.highlight);
    if (!visible && this.registered) reg.delete(this.name);
    this.registered = visible;
  }

  /** Starts tracking matches. */
  add(matches: Iterable<PageMatch>): void {
    for (const m of matches) {
      const el = m.node.parentElement;
      if (!el) continue;
      let set = this.byElement.get(el);
      if (!set) {
        this.byElement.set(el, (set = new Set()));
        this.io.observe(el);
      }
      set.add(m);
      this.owner.set(m, el);
      if (!this.observerLive && !this.near.has(el) && this.nearNow(el)) this.near.add(el);
      if (this.near.has(el)) this.addRange(m);
    }
  }

  /** Stops tracking matches (their node changed or left the page). */
  remove(matches: Iterable<PageMatch>): void {
    for (const m of matches) {
      this.dropRange(m);
      const el = this.owner.get(m);
      const set = el ? this.byElement.get(el) : undefined;
      if (!el || !set) continue;
      this.owner.delete(m);
      set.delete(m);
      if (set.size === 0) {
        this.byElement.delete(el);
        this.near.delete(el);
        this.io.unobserve(el);
      }
    }
    this.refill();
  }

  /** Removes every mark and observer. */
  destroy(): void {
    this.io.disconnect();
    this.setVisible(false);
    this.highlight?.clear();
    this.ranges.clear();
    this.byElement.clear();
    this.owner.clear();
    this.near.clear();
  }

  /**
   * Whether `el` is within one viewport height of the screen (what {@link NEAR_SCREEN_MARGIN} says), read
   * directly. Used only before the observer's first report, so the first screenful is marked in the same
   * task that found its codes instead of a frame or more later; the observer's report then takes over.
   * Zero-size boxes (hidden, or no layout) count as not near.
   */
  private nearNow(el: Element): boolean {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const h = this.win.innerHeight;
    return r.bottom >= -h && r.top <= 2 * h;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    this.observerLive = true;
    for (const e of entries) {
      const set = this.byElement.get(e.target);
      if (!set) continue;
      if (e.isIntersecting) {
        this.near.add(e.target);
        for (const m of set) this.addRange(m);
      } else {
        this.near.delete(e.target);
        for (const m of set) this.dropRange(m);
      }
    }
    this.refill();
  }

  private addRange(m: PageMatch): void {
    if (!this.highlight || this.ranges.has(m)) return;
    if (this.ranges.size >= this.cap) { this.starved = true; return; }
    if (m.end > m.node.data.length) return;
    const r = this.doc.createRange();
    r.setStart(m.node, m.start);
    r.setEnd(m.node, m.end);
    this.ranges.set(m, r);
    this.highlight.add(r);
  }

  private dropRange(m: PageMatch): void {
    const r = this.ranges.get(m);
    if (!r) return;
    this.highlight?.delete(r);
    this.ranges.delete(m);
  }

  /** After ranges were dropped, gives near-screen codes that hit the cap their range. */
  private refill(): void {
    if (!this.starved || this.ranges.size >= this.cap) return;
    this.starved = false;
    for (const el of this.near) for (const m of this.byElement.get(el) ?? []) this.addRange(m);
  }
}
