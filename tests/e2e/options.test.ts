/**
 * The options page in real Chromium: payers persist across reload and change the payer notes of a
 * page that stays open; a licensed descriptor CSV and organisation notes show in the popover (labelled); a
 * malformed file shows its errors and leaves storage byte-identical; about-the-data lists every table.
 */
import { resolve } from 'node:path';
import meta from '../../data/meta.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { codePoint, hoverUntilShown, parkPointer, POPOVER } from './inpage/helpers';

const IMPORTS = resolve(REPO_ROOT, 'tests/fixtures/imports');

interface Chrome {
  chrome: { storage: Record<'local' | 'sync', { get(k: null): Promise<Record<string, unknown>> }> };
}

/** Both storage areas, serialised (byte-identity check). */
async function storageSnapshot(h: ExtensionHarness): Promise<string> {
  return h.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as Chrome).chrome;
    return JSON.stringify({ local: await storage.local.get(null), sync: await storage.sync.get(null) });
  });
}

/** Closes any popover, hovers 64634 in the grid and returns the ready popover. */
async function popoverFor64634(page: Page) {
  await page.keyboard.press('Escape');
  await parkPointer(page);
  const point = await codePoint(page, '#c-64634', '64634');
  return hoverUntilShown(page, point, { selector: `${POPOVER}[data-state="ready"]` });
}

describe('options page', () => {
  let h: ExtensionHarness;
  let grid: Page;
  let options: Page;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    grid = await h.openFixture('inpage-claim-grid.html');
    options = await h.openOptions();
    await options.locator('.cl-options[data-loaded="true"]').waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('choosing payers persists across reload and changes an open page’s popover without reloading it', async () => {
    const before = await popoverFor64634(grid);
    expect(await before.locator('[data-payer]').count()).toBe(0);
    await options.locator('input[data-payer="medicare"]').check();
    await options.locator('input[data-payer="aetna"]').check();
    await options.locator('.cl-payer-order li[data-payer="aetna"] button').first().click();
    await options.locator('#mac').selectOption('JF');
    await options.reload();
    await options.locator('.cl-options[data-loaded="true"]').waitFor();
    expect(await options.locator('input[data-payer="medicare"]').isChecked()).toBe(true);
    expect(
      await options.locator('.cl-payer-order li').evaluateAll((els) => els.map((e) => e.getAttribute('data-payer'))),
    ).toEqual(['aetna', 'medicare']);
    expect(await options.locator('#mac').inputValue()).toBe('JF');
    const after = await popoverFor64634(grid);
    expect(await after.locator('.cl-payer').evaluateAll((els) => els.map((e) => e.getAttribute('data-payer')))).toEqual(
      ['aetna', 'medicare'],
    );
    expect(await after.locator('[data-payer="medicare"] .cl-payer-note').count()).toBeGreaterThan(0);
  });

  it('reads in order for a first-time user: sites first, heading levels never skip, no build instructions', async () => {
    const headings = await options
      .locator('h1, h2, h3, h4')
      .evaluateAll((els) => els.map((e) => ({ level: Number(e.tagName[1]), text: e.textContent ?? '' })));
    expect(headings[0]).toEqual({ level: 1, text: 'ClaimLens options' });
    for (let i = 1; i < headings.length; i++)
      expect(headings[i].level, `${headings[i].text} after ${headings[i - 1].text}`).toBeLessThanOrEqual(
        headings[i - 1].level + 1,
      );
    const sections = headings.filter((x) => x.level === 2).map((x) => x.text);
    expect(sections.slice(0, 3)).toEqual(['Sites', 'Payers', 'Medicare']);
    expect(await options.locator('nav a').first().innerText()).toBe('Sites');
    const text = await options.locator('main').innerText();
    expect(text).not.toMatch(/npm |build:data|data\/README/);
  });

  it('MAC jurisdictions are spelled out with their contractor and states', async () => {
    const labels = await options.locator('#mac option').allInnerTexts();
    expect(labels).toContain('JF — Noridian: AK, AZ, ID, MT, ND, OR, SD, UT, WA, WY');
    expect(labels).toContain('J15 — CGS: KY, OH');
    expect(labels.filter((l) => /^J\w+ — \w/.test(l))).toHaveLength(12);
  });

  it('the payment locality persists and prices the popover’s payment section', async () => {
    await options.locator('#pfs-locality').selectOption('02102:01');
    await options.reload();
    await options.locator('.cl-options[data-loaded="true"]').waitFor();
    await expect.poll(() => options.locator('#pfs-locality').inputValue()).toBe('02102:01');
    expect(await options.locator('#pfs-locality option[value="02102:01"]').innerText()).toBe('AK — ALASKA* (02102:01)');
    const pop = await popoverFor64634(grid);
    const payment = pop.locator('[data-section="payment"]');
    expect(await payment.locator('summary').innerText()).toBe('Payment (Medicare benchmark)');
    await payment.locator('summary').click();
    expect(await payment.locator('[data-payment="locality"]').innerText()).toMatch(
      /ALASKA\* \(AK, 02102:01\)\s+\$[\d,]+\.\d\d\s+\$[\d,]+\.\d\d/,
    );
    expect(await payment.innerText()).toMatch(/as of 2025-10-01/);
  });

  it('dates in the data table never wrap, even in a narrow window', async () => {
    await options.setViewportSize({ width: 420, height: 800 });
    const lines = await options.locator('tr[data-table] td.cl-nowrap').evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return tops.size;
      }),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((n) => n === 1)).toBe(true);
    await options.setViewportSize({ width: 1280, height: 800 });
  });

  it('importing a licensed descriptor CSV shows its descriptor in the popover, labelled as imported', async () => {
    const box = options.locator('[data-import="descriptors"]');
    await box.locator('input[type=file]').setInputFiles(resolve(IMPORTS, 'cpt-shaped-descriptors.csv'));
    await expect.poll(() => box.locator('[role=status]').innerText()).toContain('Added 3 descriptors');
    const pop = await popoverFor64634(grid);
    const text = pop.locator('.cl-descriptor [data-kind="imported"]');
    expect(await text.innerText()).toBe('Test descriptor for 64634 (not real CPT text)');
    expect(await pop.locator('.cl-descriptor .cl-source').innerText()).toContain('Imported by you');
  });

  it('importing organisation notes shows them beside the payer notes', async () => {
    const box = options.locator('[data-import="orgNotes"]');
    await box.locator('input[type=file]').setInputFiles(resolve(IMPORTS, 'org-notes.json'));
    await expect.poll(() => box.locator('[role=status]').innerText()).toContain('Added 1 organisation note');
    const pop = await popoverFor64634(grid);
    expect(await pop.locator('.cl-org-note').innerText()).toContain('Test organisation note');
  });

  it('a malformed descriptor file shows line-numbered errors and leaves storage byte-identical', async () => {
    const snapshot = await storageSnapshot(h);
    const box = options.locator('[data-import="descriptors"]');
    await box.locator('input[type=file]').setInputFiles(resolve(IMPORTS, 'malformed-descriptors.csv'));
    const alert = box.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Line 3:');
    expect(await alert.innerText()).toContain('Line 4:');
    // The markup in the file is shown as text, never parsed.
    expect(await options.locator('img').count()).toBe(0);
    expect(await storageSnapshot(h)).toBe(snapshot);
    const settingsBox = options.locator('[data-import="settings"]');
    await settingsBox.locator('input[type=file]').setInputFiles(resolve(IMPORTS, 'hostile-settings.json'));
    await expect.poll(() => settingsBox.locator('[role=alert]').innerText()).toContain('newer ClaimLens');
    expect(await storageSnapshot(h)).toBe(snapshot);
    // The earlier good import still shows.
    const pop = await popoverFor64634(grid);
    expect(await pop.locator('.cl-descriptor [data-kind="imported"]').count()).toBe(1);
  });

  it('lists every data table with release, as-of date, age and rows, and reports its render time', async () => {
    const rows = options.locator('.cl-tables tbody tr');
    // One row per table the dataset bundles (data/meta.json), in the order the page lists them.
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-table')));
    expect(ids.toSorted()).toEqual(Object.keys(meta.tables).toSorted());
    expect(await options.locator('tr[data-table="ptp"]').innerText()).toMatch(/2024-07-01.*1,669,820/s);
    const ms = await options.locator('#claimlens-options-root').getAttribute('data-render-ms');
    process.stdout.write(`options first render ms: ${ms}\n`);
  });

  it('has no page or console errors and no egress', () => {
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.diagnostics.consoleErrors()).toEqual([]);
    expect(h.egress.requests).toEqual([]);
  });
});
