/**
 * Privacy (DEVELOPERS.md, "Zero egress"; PRIVACY.md): fake patient data on a page never leaves it — not into any
 * extension storage area, any console, any content-script → background message, the exported settings
 * file or the page's own storage — and no extension context (content script, service worker, popup,
 * options) requests anything but its own files and the fixture page. Also: a settings blob written by a
 * newer build (downgrade) leaves every context working.
 */
import { readFileSync } from 'node:fs';
import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../harness';
import {
  allStorage,
  openPopover,
  POPOVER,
  scanned,
  selectPayers,
  setStorage,
  waitUntil,
  type WorkerChrome,
} from './helpers';

const CANARIES = [
  'PATIENT_CANARY_7f3a',
  '078-05-1120',
  '078051120',
  'MRN-CANARY-55821',
  'W2611-CANARY-0042',
  '1961-04-09',
];
const leaks = (text: string) => CANARIES.filter((c) => text.includes(c));

describe('privacy', () => {
  let h: ExtensionHarness;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    const record = (m: ConsoleMessage) => consoleLines.push(`${m.type()} ${m.text()} ${JSON.stringify(m.location())}`);
    h.context.on('console', record);
    h.serviceWorker.on('console', record);
    await selectPayers(h);
    // Record every message any content script sends to the background (the worker's own listener).
    await h.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as {
        __seen: string[];
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
      };
      g.__seen = [];
      g.chrome.runtime.onMessage.addListener((m) => {
        g.__seen.push(JSON.stringify(m));
      });
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('PHI on the page stays on the page: storage, consoles, messages, export and page storage hold no canary', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-phi.html');
    await scanned(h, page);
    await openPopover(page, '#c2', '64634');
    expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe('64634');
    await page.keyboard.press('Escape');
    // The keyboard panel and "Check this claim" over the whole page (the canaries sit in the same rows).
    await h.serviceWorker.evaluate(async (u) => {
      const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
      const tab = (await tabs.query({})).find((t) => t.url === u);
      await tabs.sendMessage(tab!.id!, { type: 'bgToCs:openPanel' }, { frameId: 0 });
    }, page.url());
    await page.locator('claimlens-ui .cl-panel .cl-check').click();
    await waitUntil(
      async () =>
        (await h.serviceWorker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen)).some((m) =>
          m.includes('csToBg:checkClaim'),
        ),
      'the claim check request',
    );
    await page.locator('claimlens-ui .cl-panel .cl-claim[data-state="ready"]').waitFor();
    // A selection holding codes and canaries, then the check again (selection scope).
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('lines')!);
      document.getSelection()!.addRange(r);
    });
    await page.locator('claimlens-ui .cl-panel .cl-check').click();
    await waitUntil(
      async () =>
        (await h.serviceWorker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen)).filter((m) =>
          m.includes('csToBg:checkClaim'),
        ).length >= 2,
      'the second claim check request',
    );
    await page.locator('claimlens-ui .cl-panel .cl-claim[data-state="ready"]').waitFor();

    const seen = await h.serviceWorker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen);
    expect(seen.some((m) => m.includes('csToBg:codeDetails'))).toBe(true);
    expect(seen.some((m) => m.includes('csToBg:checkClaim'))).toBe(true);
    expect(leaks(seen.join('\n')), 'content script → background messages').toEqual([]);
    expect(leaks(await allStorage(h)), 'chrome.storage local/sync/session').toEqual([]);
    expect(
      await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        idb: (await indexedDB.databases()).length,
      })),
      "the page origin's own storage",
    ).toEqual({ local: 0, session: 0, idb: 0 });

    // Exported settings, through the options page's own Export button.
    const options = await h.openOptions();
    const exportButton = options.getByRole('button', { name: /export settings/i });
    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'claimlens-settings' });
    expect(leaks(exported), 'exported settings').toEqual([]);
    await options.close();

    expect(leaks(consoleLines.join('\n')), 'console output of every context').toEqual([]);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });

  it('a settings blob from a newer build (downgrade) breaks no context', async () => {
    await setStorage(h, 'sync', {
      settings: {
        version: 99,
        payers: { selected: ['aetna'], macJurisdiction: null, bcbsPlan: null },
        preferences: { highlightStyle: 'tint', futureOption: { x: 1 } },
        futureTopLevel: [1, 2, 3],
      },
    });
    await setStorage(h, 'local', {
      settings: { version: 99, enabledSites: [], recentLookups: ['64634'], futureList: 'x' },
    });
    try {
      h.diagnostics.clear();
      const page = await h.openFixture('hostile-phi.html');
      await openPopover(page, '#c2', '64634');
      expect(await page.locator(`${POPOVER} [data-payer="aetna"]`).count()).toBe(1);
      // Each page has read the settings and drawn itself (the popup's ready mark, the options' loaded mark).
      for (const [open, ready] of [
        [() => h.openPopup(), '.cl-popup[data-ready-ms]'],
        [() => h.openOptions(), '.cl-options[data-loaded="true"]'],
      ] as const) {
        const ext = await open();
        await ext.locator(ready).waitFor();
        await ext.close();
      }
      expect(h.diagnostics.pageErrors()).toEqual([]);
      expect(h.diagnostics.consoleErrors(h.extensionOrigin)).toEqual([]);
      await page.close();
    } finally {
      await selectPayers(h);
    }
  });

  it('the extension CSP stops the service worker and extension pages from connecting anywhere but the extension', async () => {
    // Playwright does not surface requests that CSP refuses, and the worker starts before any recorder can attach,
    // so this proves the browser-enforced barrier directly: even the reachable fixture server is refused.
    const target = h.server.url('hostile-clean.html');
    const fromWorker = await h.serviceWorker.evaluate(async (u) => {
      const own = await fetch(
        (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL(
          '/data/meta.json',
        ),
      );
      const other = await fetch(u).then(
        () => 'connected',
        (e: unknown) => `refused: ${String(e)}`,
      );
      return { own: own.ok, other };
    }, target);
    expect(fromWorker).toEqual({ own: true, other: 'refused: TypeError: Failed to fetch' });
    const popup = await h.openPopup();
    const fromPage = await popup.evaluate(
      (u) =>
        fetch(u).then(
          () => 'connected',
          (e: unknown) => `refused: ${String(e)}`,
        ),
      target,
    );
    expect(fromPage).toBe('refused: TypeError: Failed to fetch');
    await popup.close();
  });

  it('every context together made no request outside the extension and the fixture server', async () => {
    // Popup and options once more with a search, so each extension context has run.
    const popup = await h.openPopup();
    const search = popup.getByRole('searchbox').or(popup.locator('input[type="search"]')).first();
    if (await search.count()) await search.fill('facet joint');
    await popup
      .locator('.cl-result')
      .or(popup.getByText(/No codes match/))
      .first()
      .waitFor(); // the search answered
    await popup.close();
    expect(h.egress.requests).toEqual([]);
  });
});
