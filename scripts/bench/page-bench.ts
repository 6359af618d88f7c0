/**
 * One run on one static remittance page, in both browsers: load, let the extension finish its full pass,
 * then read its counters, long tasks, CDP script/heap metrics and the frame cost of scrolling; in the browser
 * without the extension, the same page's metrics and the bare-scan limit.
 */
import type { BenchBrowsers, ScanStats } from './browsers';
import { metrics, probe, waitForStats } from './browsers';
import type { ExtensionAttribution } from './cpu-attribution';
import { BARE_SCAN, call, SCROLL_FRAMES, type BareScanResult } from './page-probes';
import { measureProfiledLoad } from './profile-bench';
import { percentile } from './stats';
import { measurePanel, type PanelRun } from './ui-bench';

/** Scroll frames sampled per page (after a few warm-up frames). */
const FRAMES = 60;
/** Longest scrolling sample per page (slow pages give fewer frames). */
const SCROLL_MAX_MS = 3000;
/** Pixels scrolled per frame (about a third of the headless viewport). */
const SCROLL_STEP = 240;
/** Time for the last mark updates (next animation frames) to settle after the scanner's full pass. */
const SETTLE_MS = 300;

/** Figures of one run on one page. */
export interface StaticPageRun {
  /** From content-script start: first highlight range seen from the page, the scanner's viewport pass done, full pass done. */
  firstMarkedMs: number;
  viewportDoneMs: number;
  fullDoneMs: number;
  /** From content-script start: the first codes handed to the highlight layer, which places their ranges in that task. */
  marksPlacedMs: number;
  /** The viewport pass's first geometry read (runs any layout the page still had pending). */
  firstLayoutReadMs: number;
  /** The extension's own main-thread time scanning (sum of its slices) and its longest slice. */
  scanBusyMs: number;
  longestSliceMs: number;
  /** The highlight layer's geometry updates: longest one, and how many changed the marks (each costs the page a repaint). */
  longestMarkUpdateMs: number;
  markBandChanges: number;
  /** Longest single scan unit and longest hand-over of found codes. */
  longestUnitMs: number;
  longestFlushMs: number;
  /** Longest task of the extension's own script: a scan slice or a mark update. */
  extOwnLongestTaskMs: number;
  /** Content-script start to scan start (bitmap decode, settings read, UI wiring). */
  startupMs: number;
  /** Content-script start relative to navigation start. */
  scriptStartMs: number;
  matches: number;
  ranges: number;
  units: number;
  viewportUnits: number;
  /** Long tasks that began after the content script started (ext) / after the load event (bare). */
  extLongestTaskMs: number;
  extLongTaskTotalMs: number;
  bareLongestTaskMs: number;
  bareLongTaskTotalMs: number;
  /** CDP ScriptDuration of the whole load, with and without the extension, and the difference. */
  extScriptMs: number;
  bareScriptMs: number;
  addedScriptMs: number;
  bare: BareScanResult;
  heapAddedMB: number;
  /** Median and p95 rAF delta while scrolling. */
  extFrameMs: number;
  bareFrameMs: number;
  extFrameP95Ms: number;
  bareFrameP95Ms: number;
  /** Text nodes the scan read (strings only) and scan errors (0 expected). */
  texts: number;
  errors: number;
  /** The page's first paint and its first frame after load, from navigation; whole page detected, from that frame. */
  firstPaintMs: number;
  frameAfterLoadMs: number;
  fullDoneAfterFrameMs: number;
  /** Keyboard panel and claim-section timings (content script's own figures). */
  panel: PanelRun;
  /** The extension's own tasks and GC from a CPU profile of a separate load. */
  profile: ExtensionAttribution;
}

const sumLong = (long: [number, number][], from: number) => {
  const after = long.filter(([start]) => start >= from).map(([, d]) => d);
  return { longest: after.length ? Math.max(...after) : 0, total: after.reduce((a, b) => a + b, 0) };
};

async function frames(page: import('playwright-core').Page): Promise<number[]> {
  const f = (await page.evaluate(
    call(SCROLL_FRAMES, { count: FRAMES + 5, step: SCROLL_STEP, maxMs: SCROLL_MAX_MS }),
  )) as number[];
  return f.length > 10 ? f.slice(5) : f;
}

/** Measures page `name` once in each browser. `known` is every dataset code (for the bare scan). */
export async function measureStaticPage(
  b: BenchBrowsers,
  name: string,
  run: number,
  known: string[],
): Promise<StaticPageRun> {
  const url = `${b.url(name)}?run=${run}`;
  // With the extension.
  const { page, cdp } = await b.ext.open(url);
  const stats: ScanStats = await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined);
  await page.waitForTimeout(SETTLE_MS);
  const after = await waitForStats(b.harness, page, () => true);
  const p = await probe(page);
  const m = await metrics(cdp, true);
  const extFrames = await frames(page);
  const panel = await measurePanel(b, page);
  await page.close();
  const profile = await measureProfiledLoad(b, name, run);

  // Without: the same page, the same waits, then the bare scan (after the metrics, so it is not counted).
  const bare = await b.bare.open(url);
  await bare.page.waitForTimeout(SETTLE_MS);
  const bp = await probe(bare.page);
  const bm = await metrics(bare.cdp, true);
  const loadEnd = await bare.page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const bareFrames = await frames(bare.page);
  const scan = (await bare.page.evaluate(call(BARE_SCAN, known))) as BareScanResult;
  await bare.page.close();

  const start = stats.startedAt;
  const el = sumLong(p.long, start);
  const bl = sumLong(bp.long, loadEnd);
  return {
    firstMarkedMs: p.firstMarked !== undefined ? p.firstMarked - start : NaN,
    viewportDoneMs: stats.viewportDoneAt! - start,
    fullDoneMs: stats.fullDoneAt! - start,
    marksPlacedMs: stats.firstChangeAt !== undefined ? stats.firstChangeAt - start : NaN,
    firstLayoutReadMs: stats.firstLayoutReadMs ?? NaN,
    scanBusyMs: after.busyMs ?? NaN,
    longestSliceMs: after.longestSliceMs ?? NaN,
    longestMarkUpdateMs: after.longestMarkUpdateMs ?? NaN,
    markBandChanges: after.markBandChanges ?? NaN,
    extOwnLongestTaskMs: Math.max(after.longestSliceMs ?? NaN, after.longestMarkUpdateMs ?? NaN),
    longestUnitMs: after.longestUnitMs ?? NaN,
    longestFlushMs: after.longestFlushMs ?? NaN,
    startupMs: stats.scanStartedAt! - start,
    scriptStartMs: start,
    matches: after.matches,
    ranges: after.ranges,
    units: after.units,
    viewportUnits: after.viewportUnits,
    extLongestTaskMs: el.longest,
    extLongTaskTotalMs: el.total,
    bareLongestTaskMs: bl.longest,
    bareLongTaskTotalMs: bl.total,
    extScriptMs: m.ScriptDuration * 1000,
    bareScriptMs: bm.ScriptDuration * 1000,
    addedScriptMs: (m.ScriptDuration - bm.ScriptDuration) * 1000,
    bare: scan,
    heapAddedMB: (m.JSHeapUsedSize - bm.JSHeapUsedSize) / 1048576,
    extFrameMs: percentile(extFrames, 0.5),
    bareFrameMs: percentile(bareFrames, 0.5),
    extFrameP95Ms: percentile(extFrames, 0.95),
    bareFrameP95Ms: percentile(bareFrames, 0.95),
    texts: after.texts ?? NaN,
    errors: after.errors ?? NaN,
    firstPaintMs: p.firstPaint ?? NaN,
    frameAfterLoadMs: p.frameAfterLoad ?? NaN,
    fullDoneAfterFrameMs: p.frameAfterLoad !== undefined ? stats.fullDoneAt! - p.frameAfterLoad : NaN,
    panel,
    profile,
  };
}
