/**
 * Cooperative time slicing: run work items until a slice budget is used up, then give the main thread
 * back to the page before continuing (issue 7: no extension task over 50 ms; we aim for 4 ms slices).
 */
import { SLICE_MS } from './limits';

/** Clock and yield primitive, injected so the runner stays pure and testable. */
export interface SliceHost {
  now(): number;
  /** Resolves once the page has had a chance to run (`scheduler.yield`, or a zero timeout). */
  yieldToPage(): Promise<void>;
}

/** Counters of one {@link runSliced} call. */
export interface SliceStats {
  items: number;
  slices: number;
  /** Longest slice in ms (a single item longer than the budget makes a longer slice). */
  longestSliceMs: number;
}

/**
 * Pulls items from `source` and passes each to `work`, yielding to the page whenever `budgetMs` has
 * elapsed in the current slice. Stops early when `signal` aborts.
 */
export async function runSliced<T>(
  source: Iterator<T>,
  work: (item: T) => void,
  host: SliceHost,
  options: { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<SliceStats> {
  const budget = options.budgetMs ?? SLICE_MS;
  const stats: SliceStats = { items: 0, slices: 0, longestSliceMs: 0 };
  for (;;) {
    if (options.signal?.aborted) return stats;
    const start = host.now();
    stats.slices++;
    let done = false;
    do {
      const next = source.next();
      if (next.done) { done = true; break; }
      work(next.value);
      stats.items++;
    } while (host.now() - start < budget);
    stats.longestSliceMs = Math.max(stats.longestSliceMs, host.now() - start);
    if (done) return stats;
    await host.yieldToPage();
  }
}

/** A {@link SliceHost} over a window: `scheduler.yield()` where the browser has it, else `setTimeout(0)`. */
export function windowSliceHost(win: Window): SliceHost {
  const sched = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return {
    now: () => win.performance.now(),
    yieldToPage: sched && typeof sched.yield === 'function'
      ? () => sched.yield!.call(sched)
      : () => new Promise<void>((resolve) => win.setTimeout(resolve, 0)),
  };
}
