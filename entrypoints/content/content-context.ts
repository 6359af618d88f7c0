/**
 * What every in-page feature gets: the content-script context (its signal ends when the script is retired:
 * extension update, disable, a newer instance), the page's document and window, and timers tied to that
 * context.
 *
 * Why not `ctx.setTimeout` / `ctx.requestAnimationFrame` themselves: WXT registers one invalidation listener
 * per call and never removes it, and each listener holds its callback. The popover's hover timers (one per
 * code the pointer lands on) and the pointer's frame requests (up to one per frame) would pile up callbacks
 * holding page nodes for as long as the page stays open. These timers keep only the pending ones and cancel
 * them all when the context is invalidated; a callback never runs after that.
 */
import { isUserEvent } from './user-events';

/** The slice of WXT's ContentScriptContext the features use (tests pass a plain object). */
export interface AppContext {
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): void;
}

/** Timers and frames cancelled together when the content script is retired. */
export interface ContextTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(fn: () => void): number;
}

/** The shared ground of the in-page features. */
export interface ContentContext {
  ctx: AppContext;
  doc: Document;
  win: Window;
  timers: ContextTimers;
  /**
   * Adds a passive listener removed when the context is invalidated (capture phase unless told otherwise).
   * It sees only the user's events: one the page dispatched (`isTrusted` false) never reaches `fn`
   * (user-events.ts says why).
   */
  on(target: EventTarget, type: string, fn: (e: Event) => void, capture?: boolean): void;
  /** True when `e` came from the user (the filter `on` applies), for listeners added another way. */
  isUserEvent(e: Event): boolean;
}

/**
 * Creates the features' shared ground for one content-script instance. `isUser` decides which events are the
 * user's (tests in a DOM without `isTrusted` pass their own).
 */
export function contentContext(
  ctx: AppContext,
  doc: Document,
  win: Window,
  isUser: (e: Event) => boolean = isUserEvent,
): ContentContext {
  const { signal } = ctx;
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) win.clearTimeout(id);
    for (const id of frames) win.cancelAnimationFrame(id);
    timeouts.clear();
    frames.clear();
  });
  const timers: ContextTimers = {
    setTimeout(fn, ms) {
      if (signal.aborted) return 0;
      const id = win.setTimeout(() => {
        timeouts.delete(id);
        if (!signal.aborted) fn();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      win.clearTimeout(id);
      timeouts.delete(id);
    },
    requestAnimationFrame(fn) {
      if (signal.aborted) return 0;
      const id = win.requestAnimationFrame(() => {
        frames.delete(id);
        if (!signal.aborted) fn();
      });
      frames.add(id);
      return id;
    },
  };
  const on = (target: EventTarget, type: string, fn: (e: Event) => void, capture = true) =>
    target.addEventListener(type, (e) => isUser(e) && fn(e), { capture, passive: true, signal });
  return { ctx, doc, win, timers, on, isUserEvent: isUser };
}
