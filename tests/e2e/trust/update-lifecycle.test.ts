/**
 * Extension update while a page is open (DEVELOPERS.md, "The page is hostile"): the old content script shuts down
 * cleanly (its UI host and highlights go, no "Extension context invalidated" error reaches the page), and a
 * re-injected script from the new version mounts exactly one UI host whose popover shows the new version's
 * dataset version and as-of dates.
 *
 * "Update" is `chrome.runtime.reload()` from the service worker, with developer mode on: since Chrome 137 an
 * unpacked extension reloaded with developer mode off is disabled instead of reloaded.
 * "Disable" cannot come from the extension itself (`chrome.management.setEnabled` needs the "management"
 * permission, which ClaimLens does not have), so it is done where a user does it: chrome://extensions, whose
 * page has `chrome.management`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { E2E_EXTENSION_DIR, launchExtension, type ExtensionHarness } from '../harness';
import { codePoint, hover, hoverUntilShown, parkPointer, POPOVER } from '../inpage/helpers';

/** Test-only chrome global inside serviceWorker.evaluate (types only; the code runs in the worker). */
interface Chrome {
  chrome: {
    runtime: { reload(): void };
    tabs: { query(q: unknown): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(i: unknown): Promise<unknown[]> };
  };
}

/** Test-only chrome global of the chrome://extensions page (types only). */
interface ExtensionsPageChrome {
  chrome: {
    developerPrivate: {
      updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
      getProfileConfiguration(): Promise<{ inDeveloperMode: boolean }>;
    };
    management: {
      setEnabled(id: string, enabled: boolean): Promise<void>;
      get(id: string): Promise<{ enabled: boolean }>;
    };
  };
}

interface Meta {
  datasetVersion: string;
  tables: Record<string, { title: string; asOf: string }>;
}

const HOVER_DELAY_MS = 300;
const extensionDir = process.env.CLAIMLENS_E2E_DIR ?? E2E_EXTENSION_DIR;
/** The dataset the (new) extension bundles: what the popover must name. */
const meta = JSON.parse(readFileSync(join(extensionDir, 'data', 'meta.json'), 'utf8')) as Meta;

/** What the page's document shows of ClaimLens: hosts and the size of its highlight registry entry. */
async function pageState(page: Page): Promise<{ hosts: number; highlights: number }> {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('claimlens-ui').length,
    highlights: CSS.highlights.get('claimlens-code')?.size ?? 0,
  }));
}

/** Hovers `code` until the popover is ready (the scanner may still be working right after injection). */
async function openPopover(page: Page, selector: string, code: string): Promise<void> {
  await hoverUntilShown(page, await codePoint(page, selector, code));
  await page.locator(`${POPOVER}[data-state="ready"]`).waitFor();
}

describe('extension update while a page is open', () => {
  let h: ExtensionHarness;
  let extensionsPage: Page;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    extensionsPage = await h.context.newPage();
    await extensionsPage.goto('chrome://extensions');
    const devMode = await extensionsPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionsPageChrome;
      await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      return (await chrome.developerPrivate.getProfileConfiguration()).inDeveloperMode;
    });
    if (!devMode) throw new Error('e2e: could not switch on developer mode (needed to reload an unpacked extension)');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('the old script removes its host and highlights; the re-injected one mounts once and shows the new dataset', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    const origin = h.server.origin;
    await openPopover(page, '#c-64634', '64634');
    const before = await pageState(page);
    expect(before.hosts).toBe(1);
    expect(before.highlights).toBeGreaterThan(0);

    // Count every <claimlens-ui> the page ever gets from here on (a fight loop would keep adding them).
    await page.evaluate(() => {
      const w = window as unknown as { __clAdded: number };
      w.__clAdded = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'CLAIMLENS-UI') w.__clAdded++;
      }).observe(document.documentElement, { childList: true });
    });
    h.diagnostics.clear();

    // "Update": the extension reloads; the page stays open with the old script's isolated world.
    const isExtensionWorker = (w: Worker) => w.url().startsWith(h.extensionOrigin);
    const nextWorker = h.context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
    await h.serviceWorker
      .evaluate(() => {
        (globalThis as unknown as Chrome).chrome.runtime.reload();
      })
      .catch(() => undefined);
    const worker = await nextWorker;
    h.diagnostics.attachWorker(worker);

    // The old script notices its context is gone and tears down: no host, no highlights.
    await expect.poll(() => pageState(page), { timeout: 5_000 }).toEqual({ hosts: 0, highlights: 0 });
    // Pointing at a code now reaches no dead script: nothing opens, nothing throws.
    // (A host the dead script mounted later would be counted by __clAdded, checked after the new script's popover.)
    await hover(page, await codePoint(page, '#c-64633', '64633'));
    expect(await pageState(page)).toEqual({ hosts: 0, highlights: 0 });

    // The new version injects the way one-off use does (every frame of the tab).
    const injected = await worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as Chrome;
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: ['content-scripts/content.js'],
      });
      return tab.id !== undefined;
    }, `${origin}/*`);
    expect(injected).toBe(true);

    await openPopover(page, '#c-64634', '64634');
    const after = await pageState(page);
    expect(after.hosts).toBe(1);
    expect(after.highlights).toBeGreaterThan(0);
    const popover = page.locator(`${POPOVER}[data-state="ready"]`);
    expect(await popover.locator('.cl-code').innerText()).toBe('64634');
    expect(await popover.locator('[data-mue="Practitioner"] .cl-mue-units').innerText()).toBe('MUE 4');
    expect(await popover.locator('.cl-version').innerText()).toBe(`Data version ${meta.datasetVersion}`);
    // Every "Source: <table>, as of <date>" line that names a bundled table carries that table's date.
    const byTitle = new Map(Object.values(meta.tables).map((t) => [t.title, t.asOf]));
    const sources = await popover.locator('.cl-source').allInnerTexts();
    const tableLines = sources
      .map((s) => /^Source: (.+), as of (\S+)$/.exec(s.trim()))
      .filter((m): m is RegExpExecArray => !!m && byTitle.has(m[1]));
    expect(tableLines.length).toBeGreaterThan(0);
    for (const [, title, asOf] of tableLines) expect(asOf, title).toBe(byTitle.get(title));

    // No fight loop: one host was added after the update, and it stays the only one.
    await parkPointer(page);
    await page.locator(POPOVER).waitFor({ state: 'detached' }); // the new script handled the pointer leaving
    expect(await page.evaluate(() => (window as unknown as { __clAdded: number }).__clAdded)).toBe(1);
    expect((await pageState(page)).hosts).toBeLessThanOrEqual(1);

    // Nothing surfaced to the page or its console (e.g. "Extension context invalidated").
    expect(h.diagnostics.pageErrors(origin)).toEqual([]);
    expect(h.diagnostics.consoleErrors(origin)).toEqual([]);
    await page.close();
  });

  // Last: the extension stays disabled for the rest of this browser.
  it("disabling ClaimLens on chrome://extensions tears the open page's UI and highlights down without errors", async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    const origin = h.server.origin;
    await openPopover(page, '#c-j1100', 'J1100');
    const before = await pageState(page);
    expect(before.hosts).toBe(1);
    expect(before.highlights).toBeGreaterThan(0);
    h.diagnostics.clear();

    const enabled = await extensionsPage.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as ExtensionsPageChrome;
      await chrome.management.setEnabled(id, false);
      return (await chrome.management.get(id)).enabled;
    }, h.extensionId);
    expect(enabled).toBe(false);

    await expect.poll(() => pageState(page), { timeout: 5_000 }).toEqual({ hosts: 0, highlights: 0 });
    await parkPointer(page);
    await hover(page, await codePoint(page, '#c-64634', '64634'));
    // Kept sleep: the extension is disabled, so nothing of it is left to signal anything; wait past the open delay.
    await page.waitForTimeout(HOVER_DELAY_MS + 300);
    expect(await pageState(page)).toEqual({ hosts: 0, highlights: 0 });
    expect(h.diagnostics.pageErrors(origin)).toEqual([]);
    expect(h.diagnostics.consoleErrors(origin)).toEqual([]);
    await page.close();
  });
});
