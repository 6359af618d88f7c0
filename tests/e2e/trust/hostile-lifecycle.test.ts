/**
 * A page cannot switch ClaimLens off (entrypoints/content/lifetime.ts): WXT's "a newer instance started"
 * event, dispatched by the page's own script with a made-up messageId (and posted as a message), leaves the
 * highlights, the UI host and the highlight stylesheet in place, and hovering still explains codes. Real
 * updates and disabling still end the old instance: tests/e2e/trust/update-lifecycle.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../harness';
import { openPopover, POPOVER, parkPointer, scanned } from './helpers';

/** What the page can see of ClaimLens: hosts, highlight ranges, adopted sheets holding ::highlight rules. */
function pageView(page: Page) {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('claimlens-ui').length,
    ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    sheets: document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight')))
      .length,
  }));
}

describe('a page forging WXT started events', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('removes no highlight, host or stylesheet, and hovering still opens the popover', async () => {
    const page = await h.openFixture('hostile-reader.html');
    await scanned(h, page);
    await openPopover(page, '#c-64633', '64633');
    const before = await pageView(page);
    expect(before.hosts).toBe(1);
    expect(before.ranges).toBeGreaterThan(0);
    expect(before.sheets).toBe(1);

    await page.evaluate((id) => {
      const { hostile } = window as unknown as { hostile: { forgeStarted(id: string): void } };
      hostile.forgeStarted(id);
    }, h.extensionId);
    // The started event is handled inside its dispatch (lifetime.ts checks at once); a later real hover that
    // opens a popover shows the instance still answers, and then nothing of it may be gone.
    await parkPointer(page);
    await openPopover(page, '#c-64634', '64634');
    expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe('64634');
    expect(await pageView(page)).toEqual(before);
    expect(h.diagnostics.pageErrors(h.server.origin)).toEqual([]);
    await page.close();
  });
});
