/**
 * The in-page UI loads on first need (entrypoints/content/ui-layers.ts, lib/background/ui-script.ts): a page
 * that is only scanned runs the content script alone; the first hover, or the keyboard panel, has the
 * background inject the UI script into that frame, and the popover still opens on that first hover. A second
 * instance of the content script (a one-off injection over the registered one) reuses the UI script already
 * in the isolated world. Which scripts a page ran is read from DevTools (`Debugger.scriptParsed`, which sees
 * the extension's isolated world too).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_SCRIPT_JS } from '../../lib/sites/registration';
import { launchExtension, type ExtensionHarness } from './harness';
import { codePoint, hoverUntilShown, parkPointer, POPOVER } from './inpage/helpers';
import { scanned, selectPayers, type WorkerChrome } from './trust/helpers';

/** The extension scripts `page` has run so far, by path (`/content-scripts/content.js`, `/content-ui.js`). */
async function extensionScripts(page: Page, extensionId: string): Promise<{ list(): string[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const parsed: string[] = [];
  const origin = `chrome-extension://${extensionId}`;
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith(origin)) parsed.push(e.url.slice(origin.length));
  });
  // Enabling reports every script already parsed, then each new one.
  await cdp.send('Debugger.enable');
  return { list: () => [...parsed], cdp };
}

const UI = `/${UI_SCRIPT_JS}`;
const count = (list: string[], path: string) => list.filter((p) => p === path).length;

/** Sends `type` to the top frame of `page` as the background does. */
function sendToTop(h: ExtensionHarness, page: Page, type: string): Promise<void> {
  return h.serviceWorker.evaluate(
    async ([u, t]) => {
      const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
      const tab = (await tabs.query({})).find((x) => x.url === u);
      await tabs.sendMessage(tab!.id!, { type: t }, { frameId: 0 });
    },
    [page.url(), type] as const,
  );
}

describe('the UI script is injected on first need', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    await selectPayers(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a scanned page runs the content script alone; the first hover loads the UI and opens the popover', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('inpage-claim-grid.html');
    await scanned(h, page);
    const scripts = await extensionScripts(page, h.extensionId);
    expect(count(scripts.list(), '/content-scripts/content.js')).toBe(1);
    expect(count(scripts.list(), UI)).toBe(0);
    expect(await page.locator('claimlens-ui').count()).toBe(0);

    const popover = await hoverUntilShown(page, await codePoint(page, '#c-64634', '64634'));
    await page.locator(`${POPOVER}[data-state="ready"]`).waitFor();
    expect(await popover.locator('.cl-code').innerText()).toBe('64634');
    expect(count(scripts.list(), UI)).toBe(1);
    const openMs = Number(await page.locator('claimlens-ui').getAttribute('data-open-ms'));
    // Printed, not asserted (tests never assert on wall-clock time; npm run bench owns the budget).
    console.log(`[lazy-ui] first hover: popover ready ${openMs.toFixed(1)} ms after the hover delay`);
    expect(Number.isFinite(openMs)).toBe(true);

    // A second code, then a second instance of the content script (a one-off injection over the registered
    // one, as the context menu does): the UI script in the world is reused, never injected again.
    await page.keyboard.press('Escape');
    await hoverUntilShown(page, await codePoint(page, '#c-j1100', 'J1100'));
    await h.serviceWorker.evaluate(async (u) => {
      const { tabs, scripting } = (globalThis as unknown as WorkerChrome & { chrome: WorkerScripting }).chrome;
      const tab = (await tabs.query({})).find((x) => x.url === u);
      await scripting.executeScript({
        target: { tabId: tab!.id!, allFrames: true },
        files: ['/content-scripts/content.js'],
      });
    }, page.url());
    await parkPointer(page);
    await page.locator(POPOVER).waitFor({ state: 'detached' });
    await scanned(h, page);
    const again = await hoverUntilShown(page, await codePoint(page, '#c-64633', '64633'));
    expect(await again.locator('.cl-code').innerText()).toBe('64633');
    expect(await page.locator('claimlens-ui').count()).toBe(1);
    expect(count(scripts.list(), '/content-scripts/content.js')).toBe(2);
    expect(count(scripts.list(), UI)).toBe(1);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await scripts.cdp.detach();
    await page.close();
  });

  it('the keyboard panel on a page never hovered loads the UI once and lists the codes', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    await scanned(h, page);
    const scripts = await extensionScripts(page, h.extensionId);
    expect(count(scripts.list(), UI)).toBe(0);
    await sendToTop(h, page, 'bgToCs:openPanel');
    const panel = page.locator('claimlens-ui .cl-panel');
    await panel.waitFor();
    expect(await panel.locator('[role="option"][data-code="64634"]').count()).toBe(1);
    expect(count(scripts.list(), UI)).toBe(1);
    await scripts.cdp.detach();
    await page.close();
  });
});

/** `chrome.scripting` in the service worker (types only; the code runs there). */
interface WorkerScripting {
  scripting: { executeScript(i: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown> };
}
