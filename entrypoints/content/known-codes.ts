/**
 * The codes the page recogniser accepts: the bundled bitmap (data/known-codes.json), with the difference the
 * user's imported CMS tables make (`local:pageCodeDelta`, written by the background: lib/background/page-codes.ts)
 * applied once at start and again whenever it changes, so a code new in an imported HCPCS release is found on
 * pages and one the active tables no longer list is not. A malformed stored value leaves the bundled codes.
 */
import knownCodes from '../../data/known-codes.json';
import { pageCodeDeltaItem } from '../../components/extension/storage-items';
import { applyCodeDelta, fromBase64, makeIsKnown } from '../../lib/dataset/known-codes';
import type { AppContext } from './content-context';

/** Membership in the active code set. */
export interface KnownCodes {
  /** True when the active dataset lists `code` (upper case). */
  isKnown(code: string): boolean;
  /** Resolves once the stored difference was read (the bundled codes stay if it cannot be). */
  readonly ready: Promise<void>;
  /** Called after the stored difference changed later (an import loaded or reverted while the page is open). */
  onChange(fn: () => void): void;
}

/** Starts reading the stored difference now and follows its changes until invalidation. */
export function liveKnownCodes(ctx: AppContext): KnownCodes {
  const bundled = fromBase64((knownCodes as { bitmap: string }).bitmap);
  let isKnown = makeIsKnown(bundled);
  const listeners: (() => void)[] = [];
  const apply = (delta: unknown) => {
    if (!ctx.signal.aborted) isKnown = makeIsKnown(applyCodeDelta(bundled, delta));
  };
  const ready = pageCodeDeltaItem.getValue().then(apply, () => undefined);
  const unwatch = pageCodeDeltaItem.watch((delta) => {
    apply(delta);
    if (!ctx.signal.aborted) for (const fn of listeners) fn();
  });
  ctx.onInvalidated(() => {
    // A retired content script cannot remove listeners (Chromium: "Extension context invalidated").
    try {
      unwatch();
    } catch {}
  });
  return { isKnown: (code) => isKnown(code), ready, onChange: (fn) => void listeners.push(fn) };
}
