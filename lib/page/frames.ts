/**
 * Waiting for the page's own rendering: geometry read after the page's next frame never runs the page's
 * pending layout inside the extension's task (docs/performance.md).
 */

/**
 * Resolves after the page's next rendered frame (a task after its animation frame), or after `timeoutMs`
 * when no frame comes (a background tab renders none).
 */
export function afterNextFrame(win: Window, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, timeoutMs);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Whether the page may open scrolled (an anchor, or a reload or history step that restores the position),
 * judged without reading its scroll position: `scrollY` runs the page's pending layout, which on a 10k-line
 * table was seconds inside the extension's task before the page's first frame.
 */
export function mayOpenScrolled(doc: Document, win: Window): boolean {
  if (doc.location?.hash) return true;
  const nav = win.performance?.getEntriesByType?.('navigation')?.[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload' || nav?.type === 'back_forward';
}

/**
 * Runs `fn` in a task right after the page's next animation frame, when the browser has just laid the page
 * out: geometry read there costs nothing, where the same read inside `requestAnimationFrame` (before that
 * frame's layout) runs the page's pending layout inside the caller's task — 125–220 ms per read on a table
 * an SPA grows by 100 rows (docs/performance.md, "SPA appends"). Returns a function that cancels it.
 */
export function afterFrame(win: Window, fn: () => void): () => void {
  let timer = 0;
  const frame = win.requestAnimationFrame(() => {
    timer = win.setTimeout(fn, 0);
  });
  return () => {
    win.cancelAnimationFrame(frame);
    if (timer) win.clearTimeout(timer);
  };
}
