/**
 * ClaimLens content script. Registered at runtime for the sites the user enabled (never `<all_urls>`),
 * in every frame; also injectable one-off through `activeTab`. Safe to inject twice: WXT invalidates the
 * older instance's context and the UI host's "mounted once" guard replaces its host.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startClaimLens } from './app';

/** How often a running instance checks that its extension context is still alive. */
const INVALIDATION_CHECK_MS = 1000;

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  // Also in srcdoc / about:blank frames of an enabled site (EOB and claim previews); the runtime registration
  // sets the same (lib/sites/registration.ts), so the frame's origin must still be an enabled site's.
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT otherwise announces every start to the page with window.postMessage('*'): the page (and any frame
  // listening) would learn ClaimLens runs there. The same-document CustomEvent still stops an older instance.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // After an extension update or disable, this instance's context is dead but nothing tells WXT: it sees
    // it only when asked (`isValid` checks runtime.id). Ask every second, so the old instance removes its
    // host and highlights within a second instead of leaving a stale UI that can no longer reach ClaimLens.
    ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
    void startClaimLens(ctx);
  },
});
