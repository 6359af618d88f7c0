/**
 * The claim check view on the demo portal (components/ClaimCheck.tsx): summary first, findings grouped per
 * line with duplicates merged and explanations collapsed, in a panel wide enough to read; a popover open
 * during the check shows the check's findings for its code without being reopened.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { codePoint, POPOVER } from './inpage/helpers';
import { scanned, selectPayers, waitUntil, type WorkerChrome } from './trust/helpers';

const CLAIM = 'claimlens-ui .cl-panel .cl-claim';

describe('claim check view (demo portal)', () => {
  let h: ExtensionHarness;
  let page: Page;

  /** What the context menu's "Check this claim" sends to the tab's top frame. */
  const checkClaim = () =>
    h.serviceWorker.evaluate(async (u) => {
      const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
      const tab = (await tabs.query({})).find((t) => t.url === u);
      await tabs.sendMessage(tab!.id!, { type: 'bgToCs:checkClaim' }, { frameId: 0 });
    }, page.url());

  beforeAll(async () => {
    h = await launchExtension({ fixturesDir: join(REPO_ROOT, 'scripts/demo'), viewport: { width: 1280, height: 800 } });
    await selectPayers(h);
    page = await h.openFixture('portal.html');
    await scanned(h, page);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a pinned popover of 77003 gains the check findings for its code once the check is in', async () => {
    await page.locator('#line-4').scrollIntoViewIfNeeded();
    const point = await codePoint(page, '#line-4', '77003');
    // A click on a code opens and pins its popover.
    await waitUntil(async () => {
      await page.mouse.click(point.x, point.y);
      return (await page.locator(`${POPOVER}[data-state="ready"][data-pinned="true"]`).count()) === 1;
    }, 'a pinned popover for 77003');
    const popover = page.locator(`${POPOVER}[data-state="ready"]`);
    expect(await popover.locator('.cl-finding').count()).toBe(0);
    await checkClaim();
    await page.locator(`${CLAIM}[data-state="ready"]`).waitFor();
    await popover.locator('.cl-finding[data-rule="addon-without-primary"]').waitFor({ timeout: 10_000 });
    expect(await popover.locator('.cl-code').innerText()).toBe('77003');
  });

  it('summary first, one group per affected line, 77003’s two PTP warnings merged, explanations collapsed', async () => {
    const claim = page.locator(CLAIM);
    const order = await claim.evaluate((el) =>
      [...el.children].map((c) => c.className).filter((c) => c.startsWith('cl-claim')),
    );
    expect(order[0]).toBe('cl-claim-summary');
    expect(await claim.locator('.cl-claim-summary').innerText()).toMatch(
      /^1 error, 2 warnings and 5 info notes on 3 of 6 lines\. Needs attention: line 4 \(77003\)\./,
    );
    const groups = await claim
      .locator('.cl-claim-group')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-line')} ${e.getAttribute('data-worst')}`));
    expect(groups).toEqual(['3 info', '4 error', '6 info']);
    const merged = claim.locator('.cl-claim-group[data-line="4"] .cl-claim-finding[data-severity="warning"]');
    expect(await merged.getAttribute('data-merged')).toBe('2');
    expect(await merged.locator('.cl-claim-headline').innerText()).toContain('64633 (line 1), 64634 (line 2)');
    expect(await merged.locator('.cl-claim-message').isVisible()).toBe(false);
    await merged.locator('.cl-claim-more summary').click();
    expect(await merged.locator('.cl-claim-message').innerText()).toContain('77003 will be denied');
    expect(await merged.locator('.cl-source').innerText()).toMatch(/NCCI PTP edits.*as of \d{4}-\d{2}-\d{2}/);
    // Wide enough to read: the panel widens while it shows a check.
    const width = (await page.locator('claimlens-ui .cl-panel').boundingBox())!.width;
    expect(width).toBeGreaterThanOrEqual(600);
    expect(h.diagnostics.pageErrors()).toEqual([]);
  });
});
