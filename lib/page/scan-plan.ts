/**
 * The page scanner's options (what it needs from its surroundings) and the plan of one of its passes.
 */
import type { CandidateReader } from '../detect/candidate-reader';
import { combineWants } from '../detect/column-plan';
import type { RowPlanner } from '../detect/text-cursor';
import type { IsKnown } from '../detect/types';
import type { ExtraReaders } from './text-readers';
import type { MatchChange, ScanStats } from './scan-stats';
import type { SliceHost } from './slice-runner';
import type { Placement } from './store-writer';

/** What the scanner needs from its surroundings. */
export interface PageScannerOptions {
  doc: Document;
  win: Window;
  isKnown: IsKnown;
  host: SliceHost;
  /** Called after each slice that changed the store. */
  onChange(change: MatchChange): void;
  /** True for nodes the scanner must ignore (our own UI host). */
  isOwnNode(node: Node): boolean;
  signal: AbortSignal;
  /**
   * Resolves when the page has rendered a frame since the script started (see `afterNextFrame`). Only a
   * scrolled page waits for it (its screen is found by geometry, which must not run the page's own layout).
   */
  pageRendered?: Promise<void>;
  /** Most matches kept for the page (default `MAX_PAGE_MATCHES`). */
  maxMatches?: number;
  /**
   * Fewest rows of a table body walked by rows (default `ROW_WALK_MIN_ROWS`; Infinity: never). Tests compare
   * both walks on small tables with 1 (docs/performance.md, "The walk of big table bodies").
   */
  rowWalkMinRows?: number;
  /** Told about each candidate that threw (it is skipped; the scan goes on). Never given page text. */
  onError?(error: unknown): void;
}

/** How one pass reads: where new nodes go in the store's order, and when it stops early. */
export interface PassPlan {
  placement: Placement;
  /** Stops the pass before reading `t` (the viewport pass ends below the screen). */
  until?: (t: Text) => boolean;
  count?: () => void;
  /** Other readers of this pass (`text-readers.ts`): a text, the cursor's hit bits and a visibility check. */
  extra?: (t: Text, hits: number, visible: (t: Text) => boolean) => void;
}

/**
 * The plan of the pass that reads a scrolled page's screen first: from the element at the screen's top down to
 * its bottom, new nodes deferred (placed in order by the full pass). Reads one point of layout (timed).
 */
export function viewportPlan(o: PageScannerOptions, root: Node, stats: ScanStats): PassPlan & { from?: Node } {
  const { doc, win, host } = o;
  const height = win.innerHeight;
  const readStart = host.now();
  const probe = doc.elementFromPoint(win.innerWidth / 2, Math.min(4, height / 2));
  stats.firstLayoutReadMs = host.now() - readStart;
  const from = probe && root.contains(probe) && !o.isOwnNode(probe) ? probe : undefined;
  return {
    placement: 'defer',
    count: () => stats.viewportUnits++,
    until: (t) => (t.parentElement?.getBoundingClientRect().top ?? 0) > height,
    ...(from ? { from } : {}),
  };
}

/**
 * How a pass walks big table bodies (lib/detect/row-walk.ts): by rows, leaving out the columns where neither
 * the codes' reader nor, when the pass hands them texts, the other readers can find anything.
 */
export function rowPlanner(reader: CandidateReader, extras: ExtraReaders | null, minRows: number): RowPlanner {
  return {
    minRows,
    plan: (table) => {
      const codes = reader.columnWants(table);
      return codes && combineWants(codes.length, [codes, ...(extras?.columnWants(table) ?? [])]);
    },
  };
}
