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
