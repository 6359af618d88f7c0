import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBackground, type BackgroundApi } from '../lib/background/install';

export default defineBackground(() => {
  // Listeners must be registered synchronously at start-up so a woken service worker receives the event.
  // The dataset loads lazily from the extension's own data/ files (copied by wxt.config.ts), never the web.
  installBackground(browser as unknown as BackgroundApi, { fetch: (url) => fetch(url), now: () => performance.now() });
});
