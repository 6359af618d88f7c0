/**
 * The Firefox store build (`.output/firefox-mv3`) in a real Firefox, one launch for two promises checked in
 * Chromium elsewhere: on a hostile page (fixtures/pages/hostile-reader.html) the UI root is closed, so the page
 * reads no root and no text, rewrites nothing and its synthetic events open nothing, while a real hover does
 * open the popover (tests/e2e/trust/hostile-closed-ui.test.ts); and Options → Update data from CMS files reads an
 * official-layout HCPCS file in the options page's worker, keeps it in IndexedDB, and pages then mark the code
 * only that file lists (tests/e2e/data-update.test.ts). The fixture site is enabled the way a user does it, on
 * the options page (the optional-permission prompt answered yes by a test preference).
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_PRODUCTION_EXTENSION_DIR, launchFirefox, type FirefoxHarness } from './harness/firefox';
import { codePoint, until } from './harness/firefox-page';
import { REPO_ROOT } from './harness/paths';

const HCPCS_FILE = resolve(REPO_ROOT, 'tests/fixtures/cms-release/hcpcs/HCPC2026_JUL_ANWEB_07012026.txt');

/**
 * How much of the viewport ClaimLens's UI covers, as the page itself can tell (a 16 px grid of
 * `elementFromPoint` probes landing on the host): 0 while nothing is open. The content stays unreadable.
 */
const uiCoverage = (page: Page) =>
  page.evaluate(() => {
    let hits = 0;
    for (let x = 8; x < innerWidth; x += 16)
      for (let y = 8; y < innerHeight; y += 16)
        if (document.elementFromPoint(x, y)?.localName === 'claimlens-ui') hits++;
    return hits;
  });

/** Texts of the ranges marked with the codes' highlight inside `selector`. */
const markedIn = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    return [...(CSS.highlights.get('claimlens-code') ?? [])]
      .filter((r) => el.contains(r.startContainer))
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
  }, selector);

interface Seen {
  hosts: number;
  roots: string[];
  texts: string[];
  rewrites: number;
  attachErrors: string[];
  attributes: string[];
}

describe('ClaimLens store build in Firefox: closed UI on a hostile page, and the CMS data update', () => {
  let h: FirefoxHarness;
  let options: Page;

  beforeAll(async () => {
    h = await launchFirefox(FIREFOX_PRODUCTION_EXTENSION_DIR, { 'extensions.webextOptionalPermissionPrompts': false });
    options = await h.openExtensionPage('options.html');
    await options.waitForSelector('#custom-origin', { timeout: 20_000 });
    await options.type('#custom-origin', h.server.origin);
    await options.click('#custom-origin + button');
    await until(
      () =>
        options.evaluate((o) => document.querySelector('#sites')?.textContent?.includes(o) ?? false, h.server.origin),
      'the fixture site to be enabled',
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a hostile page gets no root, no text and no attribute; its synthetic events open nothing; a real hover opens the popover', async () => {
    const page = await h.openFixture('hostile-reader.html');
    await until(() => page.evaluate(() => CSS.highlights.size > 0), 'the codes to be marked');
    const point = await codePoint(page, '#c-64634', '64634');
    await page.evaluate(({ x, y }) => {
      const { hostile } = window as unknown as {
        hostile: { fakeHover(x: number, y: number): void; fakeClick(x: number, y: number): void; fakeKeys(): void };
      };
      hostile.fakeHover(x, y);
      hostile.fakeClick(x, y);
      hostile.fakeKeys();
    }, point);
    // Longer than the hover delay (300 ms) and a frame: what a real hover would have opened by now.
    await new Promise((r) => setTimeout(r, 900));
    expect(await uiCoverage(page)).toBe(0);

    await until(async () => {
      await page.mouse.move(2, 2);
      await page.mouse.move(point.x - 30, point.y + 25);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await new Promise((r) => setTimeout(r, 700));
      return (await uiCoverage(page)) > 0;
    }, 'a real hover to open the popover');
    // Let the page's 20 ms probe run over the open popover.
    await new Promise((r) => setTimeout(r, 300));
    const s = await page.evaluate(() => (window as unknown as { hostile: { seen: Seen } }).hostile.seen);
    expect(s.hosts).toBeGreaterThanOrEqual(1);
    expect(new Set(s.roots)).toEqual(new Set(['null']));
    expect(s.texts.every((t) => t === '')).toBe(true);
    expect(s.rewrites).toBe(0);
    expect(s.attachErrors).toContain('NotSupportedError');
    expect(s.attributes).toEqual([]);
    await page.close();
  });

  it('imports a HCPCS file in the options page: a code only that file lists (J0999) is then marked on pages', async () => {
    const before = await h.openFixture('imported-hcpcs.html');
    await until(async () => (await markedIn(before, '#claim-lines')).includes('J1100'), 'J1100 to be marked');
    expect(await markedIn(before, '#claim-lines')).toEqual(['J1100']);
    await before.close();

    await options.waitForSelector('#data-update[data-loaded="true"]', { timeout: 20_000 });
    const input = await options.$('#cms-files');
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(HCPCS_FILE);
    await options.click('#cms-update');
    await options.waitForSelector('.cl-data-update-done', { timeout: 30_000 });
    expect(await options.$eval('.cl-data-update-done', (e) => (e as HTMLElement).innerText)).toMatch(
      /HCPCS Level II: CMS release HCPCS 2026 July, as of 2026-07-01/,
    );

    const page = await h.openFixture('imported-hcpcs.html');
    await until(async () => {
      await page.reload();
      await until(async () => (await markedIn(page, '#claim-lines')).includes('J1100'), 'J1100 to be marked');
      return (await markedIn(page, '#claim-lines')).includes('J0999');
    }, 'J0999 to be marked after the import');
    // Sorted: marks are listed in the order they were added, which depends on when the new code set arrived.
    expect((await markedIn(page, '#claim-lines')).sort()).toEqual(['J0999', 'J1100']);
    await page.close();
  });

  it('raised no page errors and sent nothing off the machine', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.egress).toEqual([]);
  });
});
