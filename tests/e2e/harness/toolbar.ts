/**
 * The toolbar button, clicked the way a person does: Chromium's DevTools `Extensions.triggerAction` opens the
 * extension's popup for a tab and grants `activeTab` on it, exactly as a click on the icon. Needs the browser
 * launched with `--enable-unsafe-extension-debugging` ({@link TOOLBAR_ARGS}).
 *
 * Playwright does not hand out action popups as pages, so the popup is driven through a DevTools session
 * attached to its target (Target.sendMessageToTarget).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionHarness } from './launch';

/** Chromium switch that lets DevTools click an extension's toolbar button. */
export const TOOLBAR_ARGS = ['--enable-unsafe-extension-debugging'];

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The open action popup: evaluate an expression in it (awaited, returned by value). */
export interface ActionPopup {
  evaluate<T>(expression: string): Promise<T>;
}

async function browserSession(h: ExtensionHarness): Promise<CDPSession> {
  const browser = h.context.browser();
  if (!browser) throw new Error('e2e: no browser object to open a DevTools browser session on');
  return browser.newBrowserCDPSession();
}

async function targets(session: CDPSession, type?: string): Promise<TargetInfo[]> {
  const params = type ? { filter: [{ type }] } : {};
  return ((await session.send('Target.getTargets', params as never)) as { targetInfos: TargetInfo[] }).targetInfos;
}

/** Clicks ClaimLens's toolbar button on `page`'s tab and returns its popup once it is there. */
export async function clickToolbarButton(h: ExtensionHarness, page: Page): Promise<ActionPopup> {
  const session = await browserSession(h);
  const tab = (await targets(session, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`e2e: no tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  const popupUrl = `${h.extensionOrigin}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    popup = (await targets(session)).find((t) => t.url === popupUrl);
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popup) throw new Error('e2e: the toolbar button opened no popup');
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 0;
  type Reply = { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
  const pending = new Map<number, (reply: Reply) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return {
    evaluate: <T>(expression: string) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, (reply) => {
          pending.delete(id);
          if (reply.error) reject(new Error(`e2e: popup evaluate failed: ${JSON.stringify(reply.error)}`));
          else resolve(reply.result?.result?.value as T);
        });
        const params = { expression, awaitPromise: true, returnByValue: true };
        const message = JSON.stringify({ id, method: 'Runtime.evaluate', params });
        void session.send('Target.sendMessageToTarget', { sessionId, message } as never).catch(reject);
      }),
  };
}
