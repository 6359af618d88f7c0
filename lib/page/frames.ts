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
 * out, unless the page changed itself in a task of its own since: enough for a scroll, which changes no
 * layout (a page that changes its DOM has {@link afterLayout}). Returns a function that cancels it.
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

/**
 * Runs `fn` in the page's next frame right after the browser has laid the page out: geometry read there costs
 * nothing, where the same read inside `requestAnimationFrame` (before that frame's layout) runs the page's
 * pending layout inside the caller's task — 125–275 ms per read on a table an SPA grows by 100 rows
 * (docs/performance.md, "SPA appends"). A task after the frame ({@link afterFrame}) is not enough there: the
 * page's own timer (its next append) may run first. A `ResizeObserver`'s first notice of a newly observed
 * element comes at that point of the frame (after layout, before paint), so `fn` runs there; without one, in a
 * task after the frame. The notice costs the frame a second, cheap, lifecycle pass, so scrolling, which
 * changes no layout, uses {@link afterFrame}. Returns a function that cancels it.
 */
export function afterLayout(win: Window, fn: () => void, target = win.document?.documentElement): () => void {
  const Observer = (win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (!Observer || !target) return afterFrame(win, fn);
  let done = false;
  let cancelFallback = () => {};
  const fire = () => {
    if (done) return;
    done = true;
    ro.disconnect();
    cancelFallback();
    fn();
  };
  const ro = new Observer(fire);
  ro.observe(target);
  // No notice ever comes for a target without a box (`html { display: contents }`): then a task after the
  // frame after next, so the marks never stop following the page (the notice comes in the next frame).
  cancelFallback = afterFrame(win, () => {
    cancelFallback = afterFrame(win, fire);
  });
  return () => {
    done = true;
    ro.disconnect();
    cancelFallback();
  };
}

/**
 * {@link afterLayout} as a promise, resolved after `timeoutMs` at the latest (a hidden tab renders no frame).
 * For a one-off geometry read (the page scanner's look for the screen's shadow roots): the page's own
 * pending layout then runs in its frame, not inside the caller's task.
 */
export function nextLayout(win: Window, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, timeoutMs);
    afterLayout(win, () => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}
