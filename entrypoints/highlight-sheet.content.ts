/**
 * ClaimLens's `document_start` companion to the content script: adopts the `::highlight()` rules before the
 * page has any elements, so marking codes later never costs the page a whole-document style pass (docs/performance.md:
 * adopting them after render was a 1 s task on a 10k-line remittance). Registered for the same sites as the
 * content script; reads nothing and touches no element.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adoptHighlightSheet } from './content/highlight-style';

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  // Also in srcdoc / about:blank frames of an enabled site (EOB and claim previews); the runtime registration
  // sets the same (lib/sites/registration.ts), so the frame's origin must still be an enabled site's.
  matchOriginAsFallback: true,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    adoptHighlightSheet(document);
  },
});
