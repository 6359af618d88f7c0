/**
 * ClaimLens's in-page UI script: Preact, the popover, panel and claim-check views and the UI host. Never
 * registered and never web-accessible (a page could then load it to fingerprint the extension): the
 * background injects it into a frame that already runs the content script, when that script first needs to
 * draw (lib/background/ui-script.ts). It runs in the content script's isolated world and only leaves its
 * renderer on that world's global (../content/ui-contract.ts); running it twice replaces the same function.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { UI_GLOBAL } from '../content/ui-contract';
import { createRenderer } from './views';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = createRenderer;
});
