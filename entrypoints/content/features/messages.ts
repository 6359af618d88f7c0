/**
 * Feature: messages from the background (the `open-panel` command, the "Check this claim" context menu, and
 * scan counters for the benchmark), received through the one listener helper: only from this extension's own
 * contexts, each through its validator (lib/messages/). The panel and the check live in the top frame;
 * frames keep their popovers.
 */
import { browser } from 'wxt/browser';
import { type ContentAnswerTo, type ContentMessage, listener, parseContentMessage } from '../../../lib/messages';
import type { ContentContext } from '../content-context';
import type { ClaimCheckFeature } from './claim-check';
import type { Highlight } from './highlight';
import type { UiLayers } from '../ui-layers';
import type { KeyboardPanel } from './keyboard-panel';

export interface MessagesDeps {
  highlight: Pick<Highlight, 'report' | 'firstScan'>;
  panel: Pick<KeyboardPanel, 'open' | 'focusSoon' | 'lastOpenMs'>;
  check: ClaimCheckFeature;
  ui: Pick<UiLayers, 'loadMs'>;
}

export function initMessages(page: ContentContext, deps: MessagesDeps): void {
  const { ctx, win } = page;
  const { highlight, panel, check, ui } = deps;
  const handle = (m: ContentMessage): Promise<ContentAnswerTo<typeof m>> | undefined => {
    if (win.top !== win) return undefined;
    if (m.type === 'bgToCs:scanStats')
      return Promise.resolve({
        ...highlight.report(),
        panelOpenMs: panel.lastOpenMs,
        checkRegionMs: check.lastRegionMs,
        uiLoadMs: ui.loadMs,
      });
    if (m.type === 'bgToCs:openPanel') {
      panel.open();
      panel.focusSoon();
    }
    // "Check this claim" on a selection: the selection is read here, in the page. Right after a one-off
    // injection the check must wait for the first full scan.
    if (m.type === 'bgToCs:checkClaim') {
      void highlight.firstScan.then(() => {
        if (ctx.signal.aborted) return;
        check.run();
        panel.focusSoon();
      });
    }
    return undefined;
  };
  const answer = listener(browser.runtime.id, parseContentMessage, handle);
  // Answered through sendResponse (the channel kept open by returning true), not a returned promise: in
  // Chromium this script uses the browser's own `chrome` namespace (wxt.config.ts, NATIVE_API_SCRIPTS), whose
  // onMessage ignores a returned promise in the versions ClaimLens supports. Firefox takes both.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse, () => sendResponse(undefined));
    return true as const;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
