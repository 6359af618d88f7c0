/**
 * The popover on the demo portal at 1280×800 (scripts/demo/portal.html): the verdict strip judges each code
 * against the billed lines of its claim (64634: 64633 billed on line 1, 2 units against MUE 4; 77003: no
 * billed primary and its PTP edits with 64633/64634; 99213: modifier 25, never 59), and the popover is at
 * most 360 px tall by default and never covers the hovered code, for every code on the page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { openPopover, POPOVER, scanned, selectPayers } from './trust/helpers';

const VIEWPORT = { width: 1280, height: 800 };
const MAX_HEIGHT_PX = 360;

async function strip(page: Page, selector: string, code: string): Promise<string[]> {
  await page.keyboard.press('Escape');
  await page.locator(selector).scrollIntoViewIfNeeded();
  await openPopover(page, selector, code);
  expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe(code);
  return page.locator(`${POPOVER} .cl-verdict .cl-chip`).allInnerTexts();
}

/** Every code occurrence the content script matched on the page, with the box of its characters. */
async function codeBoxes(page: Page) {
  return page.evaluate(() => {
    const out: {
      code: string;
      x: number;
      y: number;
      box: { left: number; top: number; right: number; bottom: number };
    }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n as Text).data.matchAll(/\b(?:\d{5}|J\d{4})\b/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const b = r.getBoundingClientRect();
        out.push({
          code: m[0],
          x: b.left + b.width / 2,
          y: b.top + b.height / 2,
          box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
        });
      }
    }
    return out;
  });
}

describe('the popover on the demo portal', () => {
  let h: ExtensionHarness;
  let page: Page;

  beforeAll(async () => {
    h = await launchExtension({ fixturesDir: join(REPO_ROOT, 'scripts/demo'), viewport: VIEWPORT });
    await selectPayers(h);
    page = await h.openFixture('portal.html');
    await scanned(h, page);
  });

  afterAll(async () => {
    await h?.close();
  });

  it("64634's strip names line 1's 64633 and 2 units billed against MUE 4", async () => {
    const chips = await strip(page, '#line-2 .code', '64634');
    expect(chips).toContain('Add-on of 64633 · billed on line 1 ✓');
    expect(
      chips.some((c) => /^MUE 4\/(day|line) \(MAI \d\) · billed 2 ✓$/.test(c)),
      chips.join(' | '),
    ).toBe(true);
  });

  it("77003's strip flags no billed primary and its PTP edits with 64633 and 64634", async () => {
    const chips = await strip(page, '#line-4 .code', '77003');
    expect(
      chips.some((c) => /^✖ Add-on of .* no primary billed$/.test(c)),
      chips.join(' | '),
    ).toBe(true);
    expect(chips).toContain('⚠ Bundles with 64633 (line 1): modifier allowed — XS/XU if distinct');
    expect(chips).toContain('⚠ Bundles with 64634 (line 2): modifier allowed — XS/XU if distinct');
  });

  it("99213's strip answers its E&M pairs with modifier 25 and never suggests 59", async () => {
    const chips = await strip(page, '#line-6 .code', '99213');
    expect(
      chips.some((c) => c.includes('bypassed by 25 ✓')),
      chips.join(' | '),
    ).toBe(true);
    for (const c of chips) expect(c).not.toMatch(/\b59\b|\bX[EPSU]\b/);
    // Nor does its bundling section (the table answers E&M pairs with 25).
    const ptp = await page.locator(`${POPOVER} [data-section="ptp"]`).evaluate((el) => el.textContent);
    expect(ptp).toContain('25 on the E&M');
    expect(ptp).not.toMatch(/\b59\b/);
  });

  it('a chip opens and shows the section that explains it', async () => {
    await strip(page, '#line-2 .code', '64634');
    await page.locator(`${POPOVER} .cl-chip[data-kind="mue"]`).click();
    await expect
      .poll(() => page.locator(`${POPOVER} [data-section="mue"]`).evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
  });

  it('is at most 360 px tall and never covers the hovered code, for every code of the page', async () => {
    await page.keyboard.press('Escape');
    const seen: string[] = [];
    for (const selector of ['#service-lines', '#remarks-card']) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      for (const c of await codeBoxes(page)) {
        if (
          c.y < 0 ||
          c.y > VIEWPORT.height ||
          !(await page.locator(selector).evaluate((el, p) => {
            const b = el.getBoundingClientRect();
            return p.y >= b.top && p.y <= b.bottom;
          }, c))
        )
          continue;
        await page.keyboard.press('Escape');
        await page.mouse.move(2, 2);
        await page.mouse.move(c.x, c.y, { steps: 4 });
        const opened = await page
          .locator(`${POPOVER}[data-state="ready"]`)
          .waitFor({ timeout: 2_000 })
          .then(
            () => true,
            () => false,
          );
        if (!opened) continue; // a look-alike (an amount, an ID) opens nothing
        const card = await page.locator(POPOVER).boundingBox();
        if (!card) throw new Error('no popover box');
        const b = c.box;
        const overlaps =
          card.x < b.right && b.left < card.x + card.width && card.y < b.bottom && b.top < card.y + card.height;
        expect(card.height, `${c.code} popover height`).toBeLessThanOrEqual(MAX_HEIGHT_PX + 1);
        expect(overlaps, `${c.code} popover covers its code`).toBe(false);
        seen.push(c.code);
      }
    }
    for (const code of ['64633', '64634', '64490', '77003', 'J1100', '99213']) expect(seen).toContain(code);
  });
});
