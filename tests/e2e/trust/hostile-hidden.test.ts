/**
 * Hidden text never counts as what the user sees (lib/detect/seen.ts, lib/page/line-recheck.ts): the claim
 * check reads its lines with computed style, so a zero-font-size, transparent or clipped primary never
 * satisfies an add-on, and a class-hidden 59 never bypasses a PTP edit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../harness';
import { scanned, selectPayers, type WorkerChrome } from './helpers';

const CLAIM = 'claimlens-ui .cl-panel .cl-claim';

describe('hidden claim text', () => {
  let h: ExtensionHarness;
  let page: Page;

  const sendToTab = (type: string) =>
    h.serviceWorker.evaluate(
      async ([url, t]) => {
        const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
        const [tab] = (await tabs.query({})).filter((x) => x.url === url);
        await tabs.sendMessage(tab.id!, { type: t }, { frameId: 0 });
      },
      [page.url(), type] as const,
    );

  /** Selects the rows of one claim (a person would drag over them) and runs the check on them. */
  async function check(group: string): Promise<{ findings: string[]; lines: string[]; skipped: string[] }> {
    await page.evaluate((id) => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById(id)!);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
    }, group);
    await sendToTab('bgToCs:checkClaim');
    await page.locator(`${CLAIM}[data-state="ready"], ${CLAIM}[data-state="error"]`).waitFor();
    const claim = page.locator(CLAIM);
    const result = {
      findings: await claim
        .locator('.cl-claim-finding')
        .evaluateAll((els) =>
          els.map(
            (e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule')} ${e.getAttribute('data-codes')}`,
          ),
        ),
      lines: await claim.locator('.cl-claim-lines li').allInnerTexts(),
      skipped: await claim.locator('.cl-claim-skipped li').allInnerTexts(),
    };
    await claim.locator('.cl-close').click();
    return result;
  }

  beforeAll(async () => {
    h = await launchExtension();
    await selectPayers(h);
    page = await h.openFixture('hostile-hidden-claim.html');
    await scanned(h, page);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a zero-font-size primary does not satisfy the add-on: the error shows and the hidden code is left out', async () => {
    const r = await check('claim-a');
    expect(r.lines).toEqual(['64634-RT ×1']);
    expect(r.findings).toContain('error addon-without-primary 64634');
    expect(r.skipped).toEqual([expect.stringMatching(/^64633: hidden on the page/)]);
  });

  it('a "-59" hidden by a class does not bypass the PTP edit', async () => {
    const r = await check('claim-b');
    expect(r.lines).toEqual(['64633 ×1', '64490 ×1']);
    const ptp = r.findings.filter((f) => f.includes('ptp-pair'));
    expect(ptp.length).toBeGreaterThan(0);
    expect(ptp.every((f) => !f.startsWith('info '))).toBe(true);
  });

  it('a "59" hidden by a class in the Mod cell does not bypass it either', async () => {
    const r = await check('claim-c');
    expect(r.lines).toEqual(['64633 ×1', '64490 ×1']);
    expect(r.findings.filter((f) => f.includes('ptp-pair') && f.startsWith('info '))).toEqual([]);
  });

  it('transparent and clipped primaries do not count either', async () => {
    const r = await check('claim-d');
    expect(r.lines).toEqual(['64634 ×1']);
    expect(r.findings).toContain('error addon-without-primary 64634');
    expect(h.diagnostics.pageErrors()).toEqual([]);
  });
});
