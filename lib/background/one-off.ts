/**
 * One-off use without enabling a site: `activeTab` (granted when the user invokes the command, the context
 * menu of context-menus.ts or the popup) lets the background inject the content script into that tab once. The content script is
 * safe to inject twice (WXT invalidates the older instance; the UI host's "mounted once" guard replaces its
 * host), but a tab that already answers is not injected again.
 */
import { CONTENT_SCRIPT_JS } from '../sites/registration';
import type { ContentMessage } from '../messages';

/** The slice of the WebExtension API one-off injection uses. */
export interface InjectApi {
  runtime: { id: string; getURL(path: string): string };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files?: string[] }): Promise<unknown>;
  };
  tabs: { sendMessage(tabId: number, message: ContentMessage, options: { frameId: number }): Promise<unknown> };
}

/** Injects the content script into every frame of `tabId` unless the top frame already runs it. */
export async function injectOnce(api: InjectApi, tabId: number): Promise<'present' | 'injected'> {
  // Our content script answers scanStats; a tab without it rejects ("Receiving end does not exist").
  const present = await api.tabs.sendMessage(tabId, { type: 'bgToCs:scanStats' }, { frameId: 0 }).then(
    (r) => r !== undefined,
    () => false,
  );
  if (present) return 'present';
  // content.js only, not the document_start highlight-sheet script the site registration adds: the page has
  // already rendered, so there is no early moment to win, and the content script adopts the sheet itself.
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${CONTENT_SCRIPT_JS}`] });
  return 'injected';
}

/** Injects once if needed, then opens the keyboard panel in the tab's top frame. */
export async function injectAndOpenPanel(api: InjectApi, tabId: number): Promise<void> {
  await injectOnce(api, tabId);
  await api.tabs.sendMessage(tabId, { type: 'bgToCs:openPanel' }, { frameId: 0 }).catch(() => undefined);
}

/** Injects once if needed, then asks the tab's top frame to check the claim in its selection. */
export async function injectAndCheckClaim(api: InjectApi, tabId: number): Promise<void> {
  await injectOnce(api, tabId);
  await api.tabs.sendMessage(tabId, { type: 'bgToCs:checkClaim' }, { frameId: 0 }).catch(() => undefined);
}
