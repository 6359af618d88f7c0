/**
 * Keeps `local:pageCodeDelta` (where the content scripts read the active code set's difference from the
 * bundled bitmap: entrypoints/content/known-codes.ts) equal to the loaded dataset's difference.
 */
import { type CodeDelta, codeDeltaTooLarge } from '../dataset/known-codes';

/** Where the difference is stored (the background's storage item; a plain object in tests). */
export interface PageCodesStore {
  read(): Promise<unknown>;
  write(delta: CodeDelta | null): Promise<void>;
}

/** Writes the difference, only when it changed (each write wakes every content script). */
async function syncPageCodes(store: PageCodesStore, delta: CodeDelta | null): Promise<void> {
  try {
    const stored = (await store.read()) ?? null;
    if (JSON.stringify(stored) !== JSON.stringify(delta)) await store.write(delta);
  } catch {
    // Storage unavailable: the pages keep the code set they read last; the next load tries again.
  }
}

/**
 * A writer of the difference that applies its calls one after the other, in call order: a slow read or
 * write of an earlier difference (an import's) can then never land after a later one (the revert's).
 * A difference longer than the content script accepts is not written: the stored one is cleared (the pages
 * keep the bundled codes) and `onError` hears why. Resolves when this call's write is done or given up.
 */
export function pageCodesWriter(
  store: PageCodesStore | undefined,
  onError?: (message: string) => void,
): (delta: CodeDelta | null) => Promise<void> {
  let last = Promise.resolve();
  return (delta) => {
    if (!store) return last;
    const tooLarge = delta && codeDeltaTooLarge(delta);
    if (tooLarge) onError?.(tooLarge);
    last = last.then(() => syncPageCodes(store, tooLarge ? null : delta));
    return last;
  };
}
