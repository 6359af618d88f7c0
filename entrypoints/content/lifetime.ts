/**
 * How long one content-script instance lives, decided only from facts a page cannot forge.
 *
 * WXT's own context ends when *any* script in the document dispatches `<extension id>:content:wxt:content-script-started`
 * with a messageId other than its own: the event name is derivable from the extension id and the detail is
 * free-form, so a page script could switch ClaimLens off at will (highlights, UI host and stylesheet gone until
 * reload). ClaimLens therefore does not use WXT's context for its lifetime. An instance ends when:
 * - its extension context is gone (update, disable, uninstall): `runtime.id` is undefined, which the page
 *   cannot cause. Checked every second, and at once whenever a started event arrives (an updated version's
 *   script announces itself with one, so the old instance steps aside before the new one draws);
 * - a newer instance starts in the same isolated world (a one-off injection over a registered script): it
 *   retires the previous one directly through the world's own global, which page scripts cannot reach.
 * A started event alone never ends an instance.
 */
import type { AppContext } from './content-context';

/** How often a running instance checks that its extension context is still alive. */
export const ALIVE_CHECK_MS = 1000;

/** Where the running instance leaves its "retire" function (a global of the isolated world, not the page's). */
const CURRENT_KEY = '__claimlensRetireCurrent';

export interface LifetimeOptions {
  doc: Document;
  win: Window;
  /** The isolated world's global (the content script's `globalThis`). */
  global: object;
  /** False once the extension context is gone (`browser.runtime?.id == null`). */
  isAlive: () => boolean;
  /** Name of WXT's started event for this script: only a hint to check {@link LifetimeOptions.isAlive}. */
  startedEvent: string;
}

/** Starts this instance's lifetime, retiring the previous instance of this world; the result is its context. */
export function instanceLifetime(o: LifetimeOptions): AppContext {
  const controller = new AbortController();
  const { signal } = controller;
  const retire = () => controller.abort();
  const g = o.global as { [CURRENT_KEY]?: () => void };
  g[CURRENT_KEY]?.();
  g[CURRENT_KEY] = retire;
  signal.addEventListener('abort', () => {
    if (g[CURRENT_KEY] === retire) delete g[CURRENT_KEY];
  });

  const check = () => {
    if (!o.isAlive()) retire();
  };
  const timer = o.win.setInterval(check, ALIVE_CHECK_MS);
  signal.addEventListener('abort', () => o.win.clearInterval(timer));
  o.doc.addEventListener(o.startedEvent, check, { signal });
  return {
    signal,
    onInvalidated: (cb) => signal.addEventListener('abort', cb),
  };
}
