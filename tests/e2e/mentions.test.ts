/**
 * Billed lines versus mentions on the demo portal (lib/detect/line-role.ts): codes in the remark's prose range
 * "64490-64495 and 64633-64636" are explained on hover but the panel marks them as mentioned, while the codes
 * of the claim's line table are not, and a claim check over the lines and the remarks counts only the billed lines.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { scanned, selectPayers, type WorkerChrome } from './trust/helpers';

describe('mentioned codes', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension({ fixturesDir: join(REPO_ROOT, 'scripts/demo') });
    await selectPayers(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('the panel marks the prose range 64490-64495 / 64633-64636 as mentioned, not the billed lines', async () => {
    const page = await h.openFixture('portal.html');
    await scanned(h, page);
    await h.serviceWorker.evaluate(async (u) => {
      const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
      const tab = (await tabs.query({})).find((t) => t.url === u);
      await tabs.sendMessage(tab!.id!, { type: 'bgToCs:openPanel' }, { frameId: 0 });
    }, page.url());
    const options = page.locator('claimlens-ui .cl-panel [role="option"]');
    await options.first().waitFor();
    const rows = await options.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-code')}${e.hasAttribute('data-mentioned') ? ' mentioned' : ''}`),
    );
    expect(rows).toContain('64495 mentioned');
    expect(rows).toContain('64636 mentioned');
    // 64633 and 64634 are billed on lines 1 and 2 of the claim table (and also mentioned in prose).
    expect(rows).toContain('64633');
    expect(rows).toContain('64634');
    expect(await page.locator('claimlens-ui [data-code="64495"]').innerText()).toContain('mentioned');
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });

  it('a claim check over the lines and the remarks counts only the six billed lines; the mentions are left out', async () => {
    const page = await h.openFixture('portal.html');
    await scanned(h, page);
    // A biller drags from the service lines down through the remarks (prose range, "+64634 reported with 64633").
    await page.evaluate(() => {
      const r = document.createRange();
      r.setStartBefore(document.getElementById('service-lines')!);
      r.setEndAfter(document.getElementById('remarks-card')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(r);
    });
    await h.serviceWorker.evaluate(async (u) => {
      const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
      const tab = (await tabs.query({})).find((t) => t.url === u);
      await tabs.sendMessage(tab!.id!, { type: 'bgToCs:checkClaim' }, { frameId: 0 });
    }, page.url());
    const claim = page.locator('claimlens-ui .cl-panel .cl-claim');
    await claim.locator('.cl-claim-lines li').first().waitFor();
    const lines = await claim.locator('.cl-claim-lines li').allInnerTexts();
    expect(lines.map((l) => l.split(/[-\s]/)[0])).toEqual(['64633', '64634', '64490', '77003', 'J1100', '99213']);
    expect(lines[1]).toContain('×2');
    const skipped = await claim.locator('.cl-claim-skipped li').allInnerTexts();
    for (const code of ['64495', '64636']) expect(skipped.some((s) => s.startsWith(`${code}:`))).toBe(true);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });
});
