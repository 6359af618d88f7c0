/**
 * Feature: find the codes on the page and mark them. The scanner reads the page in time slices into the match
 * store; the highlight layer marks the codes near the screen with the CSS Custom Highlight API (the page's
 * DOM is never changed); open shadow roots holding codes get the highlight rules too. Other features read the
 * store and follow its changes through {@link Highlight.onChange}.
 */
import { ForeignMarks } from '../../../lib/page/foreign-marks';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import type { LineRecheck } from '../../../lib/page/claim-lines';
import { hitTest } from '../../../lib/page/hit-test';
import { seenRecheck } from '../../../lib/page/line-recheck';
import type { MatchStore, PageMatch } from '../../../lib/page/match-store';
import { afterNextFrame } from '../../../lib/page/frames';
import type { ScanReport } from '../../../lib/messages';
import { type MatchChange, PageScanner } from '../../../lib/page/page-scanner';
import { ShadowRootSet } from '../../../lib/page/shadow-roots';
import type { TextReader } from '../../../lib/page/text-readers';
import { inputAwareSliceHost } from '../../../lib/page/slice-runner';
import { warmDetector } from '../../../lib/detect/find-codes';
import { codeKind, MAX_PAGE_CODES } from '../../../lib/codes';
import type { ContentContext } from '../content-context';
import { HighlightStyleSheet, highlightNameFor } from '../highlight-style';
import { type KnownCodes, liveKnownCodes } from '../known-codes';
import type { LiveSettings } from '../live-settings';
import type { UiLayers } from '../ui-layers';

/** What the highlight feature offers the others. */
export interface Highlight {
  /** Every code found on the page, in document order. */
  readonly store: MatchStore;
  /** Open shadow roots holding codes (hit-testing must name them). */
  readonly shadowRoots: ShadowRootSet;
  /** The code under viewport point (x, y), if any (hit-tested without touching the page's DOM). */
  matchAt(x: number, y: number): PageMatch | undefined;
  /** Distinct codes on the page other than `except` (capped; sent with a details request for PTP pairs). */
  pageCodes(except: string): string[];
  /**
   * Marks other features' matches (adjustment codes) with the same highlight as codes, so they look alike
   * and follow the same style setting. Add a match once; remove only what you added (see HighlightLayer).
   */
  readonly marks: { add(matches: readonly PageMatch[]): void; remove(matches: readonly PageMatch[]): void };
  /**
   * Another feature's recogniser joins the scan's one text walk (adjustment codes; call before `start`): it
   * is handed the visible texts it holds, in the scan's slices and mutation passes (lib/page/text-readers.ts).
   */
  addReader(reader: TextReader): void;
  /** Called after the store changed (after the marks were updated). */
  onChange(fn: (change: MatchChange) => void): void;
  /** A computed-style re-read of claim lines for one check (hidden text never counts; lib/page/line-recheck.ts). */
  lineRecheck(): LineRecheck;
  /** Resolves when the first full scan is done. */
  readonly firstScan: Promise<void>;
  /** Starts scanning (once the settings are known: they say which code systems count). */
  start(): Promise<void>;
  report(): ScanReport;
}

/** The dataset's codes, in the code systems the settings count. */
function settingsIsKnown(settings: LiveSettings, known: KnownCodes): (code: string) => boolean {
  return (code) => {
    const kind = codeKind(code);
    return !!kind && settings.current.preferences.codeSystems[kind] !== false && known.isKnown(code);
  };
}

/**
 * Billed codes on the page and how often each appears: only billed codes are "on this claim" for the details
 * request; mentions are explained, never paired.
 */
function billedCodeCounts() {
  const counts = new Map<string, number>();
  return {
    count(change: MatchChange): void {
      for (const m of change.removed) {
        if (m.role !== 'billed') continue;
        const n = (counts.get(m.code) ?? 1) - 1;
        if (n > 0) counts.set(m.code, n);
        else counts.delete(m.code);
      }
      for (const m of change.added) if (m.role === 'billed') counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    },
    others: (except: string) => [...counts.keys()].filter((c) => c !== except).slice(0, MAX_PAGE_CODES),
  };
}

/**
 * Reads the page again when which codes count changes after the first scan (imported tables loaded or
 * reverted, a code system switched in the options), so an open page follows without a reload. Changes that
 * arrive while a recheck waits share it.
 */
function recheckWhenCodesChange(
  known: KnownCodes,
  settings: LiveSettings,
  scanner: PageScanner,
  firstScan: Promise<void>,
  signal: AbortSignal,
): void {
  let queued = false;
  let chain = Promise.resolve();
  const recheck = () => {
    if (queued) return;
    queued = true;
    chain = chain
      .then(() => firstScan)
      .then(() => {
        queued = false;
        return signal.aborted ? undefined : scanner.recheck();
      })
      .catch(() => {});
  };
  known.onChange(recheck);
  // The first call is the stored settings' first read, before the first scan: nothing to read again then.
  let systems: string | undefined;
  settings.onChange((s) => {
    const next = JSON.stringify(s.preferences.codeSystems);
    if (systems !== undefined && next !== systems) recheck();
    systems = next;
  });
}

/** Other features' marks drawn by the code layer: a node already marked for its codes is marked again with both. */
function foreignMarks(foreign: ForeignMarks, layer: HighlightLayer): Highlight['marks'] {
  return {
    add: (ms) => {
      foreign.add(ms);
      layer.remove(ms);
      layer.add(ms, false);
    },
    remove: (ms) => {
      foreign.remove(ms);
      layer.remove(ms);
    },
  };
}

export function initHighlight(page: ContentContext, settings: LiveSettings, ui: UiLayers): Highlight {
  const { ctx, doc, win } = page;
  const startedAt = win.performance.now();
  // Geometry is read only once the page has rendered a frame, so its own pending layout is never ours.
  const pageRendered = afterNextFrame(win);
  // The active dataset's codes: bundled, or as the user's imported CMS tables change them.
  const known = liveKnownCodes(ctx);
  const isKnown = settingsIsKnown(settings, known);
  const styleSheet = new HighlightStyleSheet(doc);
  const shadowRoots = new ShadowRootSet(); // open roots holding codes: hover and highlight styles reach in
  const codes = billedCodeCounts();
  const listeners: ((change: MatchChange) => void)[] = [];
  let firstScanDone: () => void = () => {};
  const firstScan = new Promise<void>((resolve) => {
    firstScanDone = resolve;
  });
  const scanner = new PageScanner({
    doc,
    win,
    isKnown,
    signal: ctx.signal,
    pageRendered,
    host: inputAwareSliceHost(win, ctx.signal),
    isOwnNode: (n) => ui.isOwn(n),
    // The error's kind only, never its message: a message may quote page text.
    onError: (e) => console.warn(`ClaimLens skipped part of this page it could not read (${(e as Error)?.name})`),
    onChange: (change) => {
      layer.remove(change.removed);
      layer.add(change.added, change.settled);
      styleSheet.adopt(shadowRoots.add(change.added));
      codes.count(change);
      for (const fn of listeners) fn(change);
    },
  });
  // No box is read before the page's first frame: the first codes are marked in document order until then.
  // Other features' marks (adjustment codes) are drawn by the same layer, from their own list.
  const foreign = new ForeignMarks();
  const source = foreign.over(scanner.store);
  const layer = new HighlightLayer(doc, win, null, { signal: ctx.signal, source, geometryLater: true });
  void pageRendered.then(() => layer.allowGeometry());
  settings.onChange((s) => layer.setName(highlightNameFor(s.preferences.highlightStyle)));
  recheckWhenCodesChange(known, settings, scanner, firstScan, ctx.signal);
  // While the settings are read: the detector's regexes compile now, not in the scan's first slice.
  warmDetector();
  ctx.onInvalidated(() => {
    scanner.stop();
    layer.destroy();
    styleSheet.remove();
  });

  return {
    store: scanner.store,
    shadowRoots,
    matchAt: (x, y) => hitTest(doc, x, y, (n, o) => scanner.store.at(n, o), shadowRoots.list()),
    marks: foreignMarks(foreign, layer),
    pageCodes: codes.others,
    addReader: (reader) => scanner.addReader(reader),
    onChange: (fn) => void listeners.push(fn),
    lineRecheck: () => seenRecheck(doc, win, isKnown),
    firstScan,
    async start() {
      await known.ready;
      await scanner.start();
      firstScanDone();
    },
    report: () => ({
      ...scanner.stats,
      startedAt,
      matches: scanner.store.size,
      ranges: layer.rangeCount,
      markUpdates: layer.stats.updates,
      markBandChanges: layer.stats.bandChanges,
      longestMarkUpdateMs: layer.stats.longestUpdateMs,
    }),
  };
}
