/**
 * Cooperative time slicing: run work items until a slice budget is used up, then give the main thread
 * back to the page before continuing (docs/performance.md: no extension task over 50 ms; we aim for 4 ms slices).
 */
import { INPUT_QUIET_MS, SLICE_MS } from './limits';

/** Clock and yield primitive, injected so the runner stays pure and testable. */
export interface SliceHost {
  now(): number;
  /** Resolves once the page has had a chance to run (see {@link windowSliceHost}). */
  yieldToPage(): Promise<void>;
}

/** Counters of one {@link runSliced} call. */
export interface SliceStats {
  items: number;
  slices: number;
  /** Longest slice in ms (a single item longer than the budget makes a longer slice). */
  longestSliceMs: number;
  /** Time spent in slices, in ms (the work's own main-thread time, without the waits in between). */
  busyMs: number;
  /** Items whose work threw (each reported through `onError` and skipped). */
  errors: number;
}

/**
 * Pulls items from `source` and passes each to `work`, yielding to the page whenever `budgetMs` has
 * elapsed in the current slice. Stops early when `signal` aborts. An item whose work throws is reported to
 * `onError` and skipped, so one bad piece of a hostile page never leaves the work stuck half-way; a source
 * that throws cannot go on, so the run ends there (reported the same way).
 */
export async function runSliced<T>(
  source: Iterator<T>,
  work: (item: T) => void,
  host: SliceHost,
  options: { budgetMs?: number; signal?: AbortSignal; onError?: (error: unknown) => void } = {},
): Promise<SliceStats> {
  const budget = options.budgetMs ?? SLICE_MS;
  const stats: SliceStats = { items: 0, slices: 0, longestSliceMs: 0, busyMs: 0, errors: 0 };
  const failed = (e: unknown) => {
    stats.errors++;
    options.onError?.(e);
  };
  for (;;) {
    if (options.signal?.aborted) return stats;
    const start = host.now();
    stats.slices++;
    let done = false;
    do {
      let next: IteratorResult<T>;
      try {
        next = source.next();
      } catch (e) {
        failed(e);
        done = true;
        break;
      }
      if (next.done) {
        done = true;
        break;
      }
      try {
        work(next.value);
      } catch (e) {
        failed(e);
      }
      stats.items++;
    } while (host.now() - start < budget);
    const took = host.now() - start;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    stats.busyMs += took;
    if (done) return stats;
    await host.yieldToPage();
  }
}

/**
 * A {@link SliceHost} over a window that yields *fairly*: the next slice is queued behind tasks already
 * waiting (`scheduler.postTask` at user-visible priority, else a MessageChannel message, which setTimeout's
 * 4 ms nesting clamp does not slow down).
 *
 * Not `scheduler.yield()`: its continuation runs ahead of every other task of the same priority, so a long
 * pass kept the page's own timers and IntersectionObserver deliveries waiting until the whole pass ended;
 * `npm run bench` saw the first highlight appear only after the full pass (docs/performance.md), not after the viewport.
 */
export function windowSliceHost(win: Window): SliceHost {
  // The clock is read once per candidate: one binding call, not two (`win.performance` is itself a getter,
  // and every call into the page's objects from an isolated world crosses a wrapper; docs/performance.md).
  const perf = win.performance;
  const now = () => perf.now();
  const sched = (
    win as unknown as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> } }
  ).scheduler;
  if (sched && typeof sched.postTask === 'function') {
    return {
      now,
      yieldToPage: () => sched.postTask!.call(sched, () => undefined, { priority: 'user-visible' }),
    };
  }
  const Channel = (win as unknown as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (!Channel)
    return {
      now,
      yieldToPage: () => new Promise<void>((resolve) => win.setTimeout(resolve, 0)),
    };
  const channel = new Channel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    now,
    yieldToPage: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      }),
  };
}

/** Input events after which the page counts as busy with the user (scrolling, typing, pointing). */
const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchmove'];

/**
 * A {@link SliceHost} that gives way to the user: while they scroll or type (an input event within the last
 * `quietMs`), it runs at most one slice per animation frame (the next slice waits for the frame, then queues
 * behind the page's tasks); otherwise it yields as {@link windowSliceHost} does.
 */
export function inputAwareSliceHost(win: Window, signal: AbortSignal, quietMs = INPUT_QUIET_MS): SliceHost {
  const base = windowSliceHost(win);
  let lastInput = Number.NEGATIVE_INFINITY;
  // Only the user's input: events a page script dispatches (isTrusted false) must not hold the scan back.
  const onInput = (e: Event) => {
    if (e.isTrusted) lastInput = win.performance.now();
  };
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, { capture: true, passive: true, signal });
  return {
    now: base.now,
    yieldToPage: () => {
      if (win.performance.now() - lastInput >= quietMs) return base.yieldToPage();
      return new Promise<void>((resolve) => win.requestAnimationFrame(() => void base.yieldToPage().then(resolve)));
    },
  };
}
