/**
 * Modifiers on hover on the demo portal (entrypoints/content/features/modifiers.ts): a modifier in the
 * claim table's Mod column explains itself and says which PTP edits among the claim's billed lines it
 * bypasses; the same two letters where no claim puts a modifier open nothing.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { codePoint, hover, parkPointer, POPOVER } from './inpage/helpers';
import { scanned, selectPayers, waitUntil } from './trust/helpers';

const MODIFIER_POPOVER = `${POPOVER}:has(.cl-modifier)`;

/** Hovers the text `text` inside `selector` until a modifier popover is ready. */
async function openModifier(page: Page, selector: string, text: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const point = await codePoint(page, selector, text);
  await waitUntil(async () => {
    await parkPointer(page);
    await hover(page, point);
    await page
      .locator(MODIFIER_POPOVER)
      .waitFor({ timeout: 1_500 })
      .catch(() => undefined);
    return (await page.locator(MODIFIER_POPOVER).count()) === 1;
  }, `a popover for modifier ${text}`);
  return page.locator(MODIFIER_POPOVER);
}

describe('modifiers on hover (demo portal)', () => {
  let h: ExtensionHarness;
  let page: Page;

  beforeAll(async () => {
    h = await launchExtension({ fixturesDir: join(REPO_ROOT, 'scripts/demo') });
    await selectPayers(h);
    page = await h.openFixture('portal.html');
    await scanned(h, page);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('RT on line 2 (64634): CMS Level II text with source and date; does not bypass the edit with 77003', async () => {
    const popover = await openModifier(page, '#line-2 td:nth-child(4)', 'RT');
    expect(await popover.locator('.cl-code-heading').innerText()).toContain('Modifier RT');
    expect(await popover.locator('.cl-mod-text').innerText()).toContain('Right side');
    expect(await popover.innerText()).toMatch(/HCPCS Level II modifiers \(2026-01-01\)/);
    const pair = popover.locator('.cl-mod-pair[data-code="77003"]');
    expect(await pair.getAttribute('data-verdict')).toBe('not-bypassed');
    expect(await pair.innerText()).toContain('line 4');
    await page.keyboard.press('Escape');
  });

  it('59 on line 3 (64490) bypasses its edit with 64633 on line 1; 25 on the E/M line 6 bypasses its edit with 64633', async () => {
    const p59 = await openModifier(page, '#line-3 td:nth-child(4)', '59');
    expect(await p59.locator('.cl-source').first().innerText()).toContain('ClaimLens');
    expect(await p59.locator('.cl-mod-pair[data-code="64633"]').getAttribute('data-verdict')).toBe('bypassed');
    await page.keyboard.press('Escape');
    const p25 = await openModifier(page, '#line-6 td:nth-child(4)', '25');
    expect(await p25.locator('.cl-mod-pair[data-code="64633"]').getAttribute('data-verdict')).toBe('bypassed');
    expect(await p25.innerText()).not.toMatch(/Modifier 59\b/);
    await page.keyboard.press('Escape');
  });

  it('two letters outside a modifier place open nothing ("WA 99220" in an address)', async () => {
    const point = await codePoint(page, '#remarks', 'WA');
    await parkPointer(page);
    await hover(page, point);
    // Kept sleep: a hover the hit test turns down leaves no trace to wait for; past the 300 ms open delay, a
    // modifier popover would be up.
    await page.waitForTimeout(700);
    expect(await page.locator(MODIFIER_POPOVER).count()).toBe(0);
    expect(h.diagnostics.pageErrors()).toEqual([]);
  });
});
