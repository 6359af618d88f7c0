/**
 * The demo's showcase pictures, light and dark (the browser's colour scheme; ClaimLens follows it by default):
 * the 64634 popover with its verdict strip, the claim check of the service lines (64634's popover pinned by
 * a click, then "Check this claim"), and the options page.
 */
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../../tests/e2e/harness';
import { codePoint, parkPointer, POPOVER } from '../../tests/e2e/inpage/helpers';
import { DemoError } from './errors';
import { openPopover, type Target } from './hover';

const TARGET: Target = { selector: '#line-2 .code', text: '64634' };
const CLAIM = 'claimlens-ui .cl-claim';
const WAIT_MS = 15_000;

/** Sends `type` (a background → content message) to the top frame of the tab showing `url`. */
async function sendToTab(h: ExtensionHarness, url: string, type: string): Promise<void> {
  await h.serviceWorker.evaluate(
    async ([u, t]) => {
      const { tabs } = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: unknown): Promise<{ id?: number; url?: string }[]>;
              sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const tab = (await tabs.query({})).find((x) => x.url === u);
      if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
      await tabs.sendMessage(tab.id, { type: t }, { frameId: 0 });
    },
    [url, type] as const,
  );
}

async function closeAll(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('claimlens-ui .cl-popover, claimlens-ui .cl-panel').count()); i++)
    await page.keyboard.press('Escape');
  await parkPointer(page);
}

/** Saves popover-64634-, claim-check- and options-{light,dark}.png; returns the file names. */
export async function runShowcase(
  h: ExtensionHarness,
  page: Page,
  shot: (page: Page, name: string, fullPage?: boolean) => Promise<void>,
): Promise<string[]> {
  const names: string[] = [];
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  for (const scheme of ['light', 'dark'] as const) {
    await page.bringToFront();
    await page.emulateMedia({ colorScheme: scheme });
    await closeAll(page);
    await page.locator(TARGET.selector).scrollIntoViewIfNeeded();
    await openPopover(page, TARGET);
    await shot(page, `popover-64634-${scheme}.png`);
    // A click on the code pins its popover; "Check this claim" then checks the claim around it.
    const p = await codePoint(page, TARGET.selector, TARGET.text);
    await page.mouse.click(p.x, p.y);
    await page.locator(`${POPOVER}[data-pinned="true"]`).waitFor({ timeout: WAIT_MS });
    await sendToTab(h, page.url(), 'bgToCs:checkClaim');
    await page
      .locator(`${CLAIM}[data-state="ready"]`)
      .waitFor({ timeout: WAIT_MS })
      .catch(() => {
        throw new DemoError('the claim check of the service lines showed no result');
      });
    await shot(page, `claim-check-${scheme}.png`);
    await closeAll(page);
    await options.bringToFront();
    await options.emulateMedia({ colorScheme: scheme });
    await options.locator('h1, h2').first().waitFor({ timeout: WAIT_MS });
    await shot(options, `options-${scheme}.png`, true);
    names.push(`popover-64634-${scheme}.png`, `claim-check-${scheme}.png`, `options-${scheme}.png`);
  }
  await options.close();
  await page.emulateMedia({ colorScheme: 'light' });
  return names;
}
