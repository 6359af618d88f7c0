/**
 * Code that `npm run bench` runs inside benchmark pages (main world), in both the browser with the extension
 * and the one without. Each export is passed to `page.evaluate` / `addInitScript`, so it must be
 * self-contained: no imports, no closures over module scope (BARE_SCAN has the code shapes written into its text).
 */
import { CODE_PATTERN } from '../../lib/codes';

/** Name under which the content script registers its highlight (entrypoints/content/highlight-style.ts). */
export const HIGHLIGHT_NAME = 'claimlens-code';

/** What the init probe records, read back as `window.__bench`. */
export interface ProbeState {
  /** Long tasks as [startTime, duration] (PerformanceObserver 'longtask', buffered). */
  long: [number, number][];
  /** `performance.now()` when the extension's highlight first held a range (main world sees its registry). */
  firstMarked?: number;
  /** Highest range count seen in the highlight. */
  maxRanges: number;
  /** `performance.now()` of the page's first paint (PerformanceObserver 'paint', buffered). */
  firstPaint?: number;
  /** `performance.now()` in the task after the page's first frame after its load event (the whole page drawn). */
  frameAfterLoad?: number;
}

/**
 * Init script (runs before the page's own scripts): records long tasks, and polls the extension's highlight
 * once per frame until it holds a range. Polling costs one Map lookup per frame and stops at the first mark
 * or after 5 minutes.
 */
export const INIT_PROBE = `(() => {
  const s = (window.__bench = { long: [], maxRanges: 0 });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) s.long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (s.firstPaint === undefined) s.firstPaint = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  const poll = () => {
    const h = window.CSS && CSS.highlights && CSS.highlights.get('${HIGHLIGHT_NAME}');
    if (h && h.size > 0) { s.firstMarked = performance.now(); s.maxRanges = h.size; return; }
    if (performance.now() < 300000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => { s.frameAfterLoad = performance.now(); }, 0)));
})();`;

/** Result of one bare scan. */
export interface BareScanResult {
  ms: number;
  textNodes: number;
  found: number;
}

/**
 * Issue 7's bare-scan limit: a TreeWalker over every text node of the body, one regex per node, and a Set
 * lookup per candidate, with no DOM writes. Called with every code in the dataset. Plain JS source (not a
 * TS function) because tsx's name helpers do not exist inside the page.
 */
export const BARE_SCAN = `(known) => {
  const set = new Set(known);
  const re = new RegExp(${JSON.stringify(String.raw`\b(?:${CODE_PATTERN})\b`)}, 'g');
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let found = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    textNodes++;
    const text = n.data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (set.has(m[0])) found++;
  }
  return { ms: performance.now() - t, textNodes, found };
}`;

/**
 * Scrolls the page by `step` px per animation frame for `count` frames or `maxMs` (wrapping to the top at the end) and
 * resolves to the rAF-to-rAF deltas: the frame cost the user feels while scrolling.
 */
export const SCROLL_FRAMES = `({ count, step, maxMs }) => new Promise((resolve) => {
  const frames = [];
  let last = 0;
  const until = performance.now() + maxMs;
  const max = document.documentElement.scrollHeight - innerHeight;
  const tick = (t) => {
    if (last) frames.push(t - last);
    last = t;
    if (frames.length >= count || t > until) { scrollTo(0, 0); resolve(frames); return; }
    const y = scrollY + step;
    scrollTo(0, y > max ? 0 : y);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Source of a call of `fn` (one of the sources above) with a JSON argument, for `page.evaluate`. */
export function call(fn: string, arg: unknown): string {
  return `(${fn})(${JSON.stringify(arg)})`;
}
