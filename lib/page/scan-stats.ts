/**
 * What the page scanner hands over after each slice, and the counters it keeps for benchmarks and tests
 * (counts and durations only, never page text).
 */
import type { PageMatch } from './match-store';

/** Matches that appeared and disappeared in one slice of work. */
export interface MatchChange {
  added: PageMatch[];
  removed: PageMatch[];
  /**
   * True when the page has not changed since scanning began (the initial pass with no mutation queued): its
   * layout is then still the one the browser last computed, so reading boxes costs no layout.
   */
  settled: boolean;
}

/** Counters for benchmarks and tests (counts only, never page text). */
export interface ScanStats {
  /** Candidate text nodes (a known code in their string) read in context by the viewport pass. */
  viewportUnits: number;
  /** Candidate text nodes read in context in total (viewport, full pass and mutation batches). */
  units: number;
  /** Text nodes whose strings were read (every one the walks passed; only candidates cost more). */
  texts: number;
  /** Mutation passes run. */
  batches: number;
  /** Candidates read by the most recent mutation pass. */
  lastBatchUnits: number;
  /** True when the page had scrolled at start, so the screen's codes were read first (after its first frame). */
  scrolledStart?: boolean;
  /** `now()` when scanning started, and when the viewport pass and the full pass finished (undefined until then). */
  scanStartedAt?: number;
  viewportDoneAt?: number;
  fullDoneAt?: number;
  /**
   * Duration of the viewport pass's first geometry read. When the page has a layout pending (it is still
   * rendering, or just changed), the browser runs that layout inside this read: the page's work, not ours.
   */
  firstLayoutReadMs?: number;
  /** `now()` when the first codes were handed over (the first marks are placed in that same task). */
  firstChangeAt?: number;
  /** Main-thread time spent scanning (sum of slices, hand-overs included), and the longest slice, in ms. */
  busyMs: number;
  longestSliceMs: number;
  /** Longest step (the walk to a candidate and its reading), and longest hand-over of found codes, in ms. */
  longestUnitMs: number;
  longestFlushMs: number;
  /** Scan units that threw (each reported and skipped; the scan goes on). */
  errors: number;
  /** Text nodes cut at the detector's per-node cap. */
  cappedTexts: number;
  /** True once the page held more codes than the store keeps (see `MAX_PAGE_MATCHES`). */
  pageCapped: boolean;
}

/** Fresh counters. */
export function newScanStats(): ScanStats {
  return {
    viewportUnits: 0,
    units: 0,
    texts: 0,
    batches: 0,
    lastBatchUnits: 0,
    busyMs: 0,
    longestSliceMs: 0,
    longestUnitMs: 0,
    longestFlushMs: 0,
    errors: 0,
    cappedTexts: 0,
    pageCapped: false,
  };
}
