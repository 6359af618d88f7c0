/**
 * Site enablement in real Chromium (README, "Where it runs"): the background's registration path, driven by
 * the same `uiToBg:*` messages the popup and options send, checked against the browser's own state
 * (`scripting.getRegisteredContentScripts`, `storage.local`).
 *
 * Not testable headless: accepting the browser's permission prompt (`permissions.request` from the popup's
 * "Enable on this site" or the options page's curated list), context-menu clicks and the command shortcut.
 * This e2e build holds fixed access to 127.0.0.1, so that origin is "granted" without a prompt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './harness';
import { codePoint, hoverUntilShown, POPOVER } from './inpage/helpers';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
}
interface Chrome {
  chrome: {
    scripting: { getRegisteredContentScripts(): Promise<Registered[]> };
    storage: { local: { get(k: string): Promise<{ settings?: { enabledSites?: string[] } }> } };
    runtime: { sendMessage(m: unknown): Promise<unknown> };
  };
}
type SitesAnswer = { ok: boolean; sites: string[]; registered: string[] };

describe('site enablement', () => {
  let h: ExtensionHarness;
  let popup: Page;
  const send = (m: unknown) =>
    popup.evaluate(
      (msg) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(msg),
      m,
    ) as Promise<SitesAnswer>;
  const registered = () =>
    h.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.scripting.getRegisteredContentScripts());
  const storedSites = () =>
    h.serviceWorker.evaluate(
      async () =>
        (await (globalThis as unknown as Chrome).chrome.storage.local.get('settings')).settings?.enabledSites ?? [],
    );

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    popup = await h.openPopup();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('starts with no site enabled and nothing registered (the manifest’s fixed test access is not a user site)', async () => {
    expect(await send({ type: 'uiToBg:listSites' })).toEqual({ ok: true, sites: [], registered: [] });
    expect(await registered()).toEqual([]);
  });

  it('enabling a granted origin registers the content script (document_idle) and the highlight-sheet script (document_start) there, in all frames', async () => {
    const res = await send({ type: 'uiToBg:enableSites', origins: [h.server.origin] });
    expect(res).toEqual({
      ok: true,
      sites: [`http://127.0.0.1${new URL(h.server.origin).port ? `:${new URL(h.server.origin).port}` : ''}`],
      registered: ['http://127.0.0.1/*'],
    });
    const scripts = [...(await registered())].sort((a, b) => a.id.localeCompare(b.id));
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatchObject({
      id: 'claimlens-sites',
      matches: ['http://127.0.0.1/*'],
      js: ['content-scripts/content.js'],
      allFrames: true,
      runAt: 'document_idle',
    });
    expect(scripts[1]).toMatchObject({
      id: 'claimlens-sites-style',
      matches: ['http://127.0.0.1/*'],
      js: ['content-scripts/highlight-sheet.js'],
      allFrames: true,
      runAt: 'document_start',
    });
    expect(await storedSites()).toEqual(res.sites);
  });

  it('an origin without a granted permission is not enabled', async () => {
    const res = await send({ type: 'uiToBg:enableSites', origins: ['https://apps.availity.com'] });
    expect(res.ok).toBe(true);
    expect(res.sites).not.toContain('https://apps.availity.com');
    expect((await registered()).map((s) => [s.id, s.matches])).toEqual(
      expect.arrayContaining([
        ['claimlens-sites', ['http://127.0.0.1/*']],
        ['claimlens-sites-style', ['http://127.0.0.1/*']],
      ]),
    );
    expect(await registered()).toHaveLength(2);
  });

  it('a page on the enabled site gets one working UI even with the script injected twice (static + registered)', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    const point = await codePoint(page, '#c-64634', '64634');
    await hoverUntilShown(page, point, { selector: `${POPOVER}[data-state="ready"]` });
    expect(await page.locator('claimlens-ui').count()).toBe(1);
    await page.close();
  });

  it('the options page lists the site, and Remove unregisters it and drops it from storage', async () => {
    const options = await h.openOptions();
    const item = options.locator('.cl-enabled-sites li').first();
    await item.waitFor();
    expect(await item.getAttribute('data-origin')).toMatch(/^http:\/\/127\.0\.0\.1/);
    await item.getByRole('button').click();
    await options.locator('.cl-enabled-sites').waitFor({ state: 'detached' });
    expect(await registered()).toEqual([]);
    expect(await storedSites()).toEqual([]);
    await options.close();
  });

  it('rejects malformed site messages (no answer, nothing changes)', async () => {
    expect(await send({ type: 'uiToBg:enableSites', origins: ['<all_urls>'] })).toBeUndefined();
    expect(await send({ type: 'uiToBg:removeSite', origin: 'javascript:alert(1)' })).toBeUndefined();
    expect(await registered()).toEqual([]);
  });

  it('has no page or console errors and no egress', () => {
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.diagnostics.consoleErrors()).toEqual([]);
    expect(h.egress.requests).toEqual([]);
  });
});
