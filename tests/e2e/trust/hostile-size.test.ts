/**
 * Huge pages must not break the scanner (docs/performance.md, "Caps"): one text node with 140,000 codes and
 * header rows spanning 1,000 columns with 240 KB of text each. The scan finishes, codes after both stay
 * hoverable, the huge node is cut at the per-node cap, and nothing threw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../harness';
import { openPopover, POPOVER, scanned, selectPayers } from './helpers';

interface CapStats {
  errors?: number;
  cappedTexts?: number;
  matches: number;
}

describe('huge pages', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension();
    await selectPayers(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a 140k-code text node and 240 KB colspan headers: the scan ends and later codes open their popover', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-huge.html');
    const stats = (await scanned(h, page)) as unknown as CapStats;
    expect(stats.errors).toBe(0);
    expect(stats.cappedTexts).toBe(1);
    // The capped node's codes plus the two after it.
    expect(stats.matches).toBe(5_002);
    await page.locator('#after-header').scrollIntoViewIfNeeded();
    await openPopover(page, '#after-header', '64634');
    expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe('64634');
    // The open popover sits beside 64634, over the next line: close it before pointing at 64635.
    await page.keyboard.press('Escape');
    await page.locator('#later').scrollIntoViewIfNeeded();
    await openPopover(page, '#later', '64635');
    expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe('64635');
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });
});
