/**
 * ClaimLens content script. Registered at runtime for the sites the user enabled (never `<all_urls>`),
 * in every frame; also injectable one-off through `activeTab`. Safe to inject twice: the newer instance
 * retires the older one (lifetime.ts).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startClaimLens } from './app';
import { instanceLifetime } from './lifetime';

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  // Also in srcdoc / about:blank frames of an enabled site (EOB and claim previews); the runtime registration
  // sets the same (lib/sites/registration.ts), so the frame's origin must still be an enabled site's.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT otherwise announces every start to the page with window.postMessage('*'): the page (and any frame
  // listening) would learn ClaimLens runs there.
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: a page can end that one with a forged started event (lifetime.ts says why and what
    // ends an instance instead).
    const ctx = instanceLifetime({
      doc: document,
      win: window,
      global: globalThis,
      isAlive: () => browser.runtime?.id != null,
      // The name WXT's ContentScriptContext dispatches (its SCRIPT_STARTED_MESSAGE_TYPE, not exported in types).
      startedEvent: `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`,
    });
    void startClaimLens(ctx);
  },
});
