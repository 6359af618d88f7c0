/**
 * The context menu: "Explain codes on this page", "Look up selected code" and "Check this claim". Each item
 * works without the site being enabled: the click grants `activeTab`, and one-off.ts injects the content
 * script into that tab once.
 */
import { codeOrUndefined } from '../codes';
import { injectAndCheckClaim, injectAndOpenPanel, type InjectApi } from './one-off';

type Event<A extends unknown[]> = { addListener(fn: (...args: A) => void): void };

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
/** "Check this claim": the content script checks the codes of the page's selection. */
export const MENU_CHECK_CLAIM = 'claimlens-check-claim';

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
