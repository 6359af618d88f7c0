/**
 * The in-page UI on demand: a content script that first needs to draw (a popover, the panel, a claim check)
 * asks with `csToBg:loadUi`, and the UI script (Preact and the views, entrypoints/content-ui/) is injected
 * into that sender's own frame, into the content script's isolated world. So pages that are only scanned load
 * the scanner alone (docs/performance.md, bundle). The injection needs the same access the content script
 * had: the site's granted host permission, or the tab's `activeTab` grant for a one-off run (one-off.ts). The
 * script is not web-accessible: a page cannot load it, nor learn from it that ClaimLens is installed.
 */
import { isOwnSender, type LoadUiResponse, parseLoadUi } from '../messages';
import { UI_SCRIPT_JS } from '../sites/registration';

/** The slice of the WebExtension API the UI injection uses. */
export interface UiScriptApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
      files?: string[];
    }): Promise<unknown>;
  };
}

/** Who sent a message: this extension (`id`), from a frame (`frameId`) of a tab, in one document (`documentId`). */
export interface FrameSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  /** The sending document (Chrome 106+, recent Firefox): a frame that navigated since has another one. */
  documentId?: string;
}

/** What a frame is told when the UI could not be injected (no page text, no stack). */
export const UI_LOAD_ERROR = 'The ClaimLens popover could not be loaded in this frame. Reload the page and try again.';

/**
 * The `runtime.onMessage` listener for `csToBg:loadUi` from extension `runtimeId`: injects the UI script into
 * the sender's tab and frame and answers once it has run. Anything else (another sender, another message) is
 * not its own: no answer.
 */
export function uiScriptListener(runtimeId: string, api: UiScriptApi) {
  return (message: unknown, sender: FrameSender): Promise<LoadUiResponse> | undefined => {
    if (!isOwnSender(sender, runtimeId) || !parseLoadUi(message)) return undefined;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    if (tabId === undefined || frameId === undefined) return Promise.resolve({ ok: false, error: UI_LOAD_ERROR });
    // The asking document, not its frame: a frame that navigated between the ask and the injection holds
    // another page, which never asked (the call then fails and the frame is told so).
    const target =
      typeof sender.documentId === 'string' && sender.documentId !== ''
        ? { tabId, documentIds: [sender.documentId] }
        : { tabId, frameIds: [frameId] };
    return api.scripting.executeScript({ target, files: [`/${UI_SCRIPT_JS}`] }).then(
      (): LoadUiResponse => ({ ok: true }),
      (): LoadUiResponse => ({ ok: false, error: UI_LOAD_ERROR }),
    );
  };
}
