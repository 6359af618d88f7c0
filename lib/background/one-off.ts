/**
 * One-off use without enabling a site: `activeTab` (granted when the user invokes the command, the context
 * menu or the popup) lets the background inject the content script into that tab once. The content script is
 * safe to inject twice (WXT invalidates the older instance; the UI host's "mounted once" guard replaces its
 * host), but a tab that already answers is not injected again.
 */
import { CONTENT_SCRIPT_JS } from '../sites/registration';
import { codeOrUndefined } from '../codes';
import type { ContentMessage } from '../messages';

type Event<A extends unknown[]> = { addListener(fn: (...args: A) => void): void };

/** The slice of the WebExtension API one-off injection uses. */
export interface InjectApi {
  runtime: { id: string; getURL(path: string): string };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files?: string[] }): Promise<unknown>;
  };
  tabs: { sendMessage(tabId: number, message: ContentMessage, options: { frameId: number }): Promise<unknown> };
}

/** Context-menu slice (Chrome `contextMenus`, Firefox `menus`). */
export interface MenusApi {
  contextMenus?: {
    create(item: { id: string; title: string; contexts: ['page' | 'selection'] }): unknown;
    removeAll?(): Promise<void>;
    onClicked: Event<[info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }]>;
  };
  runtime: { onInstalled?: Event<[unknown]>; getURL(path: string): string };
  windows?: { create(data: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
}

/** Context-menu item ids. */
export const MENU_EXPLAIN_PAGE = 'claimlens-explain-page';
export const MENU_LOOKUP_SELECTION = 'claimlens-lookup-selection';
/** "Check this claim": the content script checks the codes of the page's selection (issue 5). */
export const MENU_CHECK_CLAIM = 'claimlens-check-claim';

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

/**
 * The code a selection names, or `undefined`. Only a selection that is exactly one code (after trimming and
 * normalising) is used; any other selected text is dropped unread (it may be patient information).
 */
export function codeFromSelection(selection: string | undefined): string | undefined {
  if (!selection || selection.length > 16) return undefined;
  return codeOrUndefined(selection);
}

/** Creates the context-menu items and handles their clicks. */
export function installMenus(api: MenusApi & InjectApi): void {
  const menus = api.contextMenus;
  if (!menus) return;
  api.runtime.onInstalled?.addListener(() => {
    void (async () => {
      await menus.removeAll?.();
      menus.create({ id: MENU_EXPLAIN_PAGE, title: 'Explain codes on this page', contexts: ['page'] });
      menus.create({ id: MENU_LOOKUP_SELECTION, title: 'Look up selected code', contexts: ['selection'] });
      menus.create({ id: MENU_CHECK_CLAIM, title: 'Check this claim', contexts: ['selection'] });
    })().catch(() => undefined);
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_EXPLAIN_PAGE && tab?.id !== undefined) {
      void injectAndOpenPanel(api, tab.id).catch(() => undefined);
    } else if (info.menuItemId === MENU_CHECK_CLAIM && tab?.id !== undefined) {
      // The selection text is not forwarded: the content script reads the selected codes in the page itself.
      void injectAndCheckClaim(api, tab.id).catch(() => undefined);
    } else if (info.menuItemId === MENU_LOOKUP_SELECTION) {
      const code = codeFromSelection(info.selectionText);
      const url = api.runtime.getURL(`/popup.html${code ? `?code=${code}` : ''}`);
      void api.windows?.create({ url, type: 'popup', width: 420, height: 640 }).catch(() => undefined);
    }
  });
}
