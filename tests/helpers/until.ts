/** Waiting helpers for unit tests that render Preact views and let their effects settle on real timers. */

/** Resolves after `ms` (0: the next macrotask). */
export const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` every 10 ms until it returns something truthy, which it resolves with; throws after `tries`. */
export async function until<T>(fn: () => T | null | undefined, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = fn();
    if (v) return v;
    await flush(10);
  }
  throw new Error('timed out');
}
