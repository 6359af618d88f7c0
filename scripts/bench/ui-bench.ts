/**
 * Browser figures that need the extension's own contexts: the service worker's dataset load (cold and warm
 * answer to a warm-up request from an extension page), popover latency after the hover-intent delay, and
 * per-keystroke search latency in the real popup (when the popup has its search box).
 */
import type { Page } from 'playwright-core';
import { codePoint, hover, parkPointer, POPOVER } from '../../tests/e2e/inpage/helpers';
import { waitForStats, type BenchBrowsers } from './browsers';
import { SEARCH_QUERIES } from './node-bench';

/** Service-worker dataset load of one fresh browser. */
export interface SwLoadRun {
  /** First warm-up answer (loads every artifact: fetch, parse, build the dataset) and the second (already loaded). */
  coldMs: number;
  warmMs: number;
  loadMs: number;
}

/**
 * Sends `csToBg:warmup` twice from an extension page of a browser whose service worker has not loaded the
 * dataset yet (call before opening any page that holds codes).
 */
export async function measureSwLoad(b: BenchBrowsers): Promise<SwLoadRun> {
  const page = await b.harness.openExtensionPage('options.html');
  const [coldMs, warmMs] = await page.evaluate(async () => {
    type Runtime = { sendMessage(m: unknown): Promise<unknown> };
    const rt = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    const out: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      await rt.sendMessage({ type: 'csToBg:warmup' });
      out.push(performance.now() - t);
    }
    return out;
  });
  await page.close();
  return { coldMs, warmMs, loadMs: coldMs - warmMs };
}

/** Popover figures of one freshly loaded page. */
export interface PopoverRun {
  /** Per code hovered, in order (the first is the page's first hover, which loads the UI script). */
  openMs: number[];
  /** The UI script's load on that first hover, from the pointer resting on the code (ui-layers.ts). */
  uiLoadMs: number | undefined;
}

/**
 * Opens the popover on `samples` different codes of a remittance page and reads the content script's own
 * figures: ms from the intent delay elapsing to details on screen (`data-open-ms` on the UI host), and how
 * long the UI script took to be injected on the first hover (`uiLoadMs` of its scan counters).
 */
export async function measurePopover(b: BenchBrowsers, name: string, samples: number): Promise<PopoverRun> {
  const url = `${b.url(name)}?popover`;
  const { page } = await b.ext.open(url);
  await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined);
  const out: number[] = [];
  let previous: string | null = null;
  for (let i = 0; i < samples; i++) {
    const cell = `#remit tbody tr:nth-child(${i + 2}) td:nth-child(5)`;
    const code = (await page.locator(cell).innerText()).trim();
    await page.keyboard.press('Escape');
    await parkPointer(page);
    await page.waitForTimeout(400);
    await hover(page, await codePoint(page, cell, code));
    await page.locator(`${POPOVER}[data-state="ready"]`).waitFor({ timeout: 15_000 });
    const value = await waitForAttribute(page, previous);
    previous = value;
    out.push(Number(value));
  }
  const stats = await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined);
  await page.close();
  return { openMs: out, uiLoadMs: stats.uiLoadMs };
}

async function waitForAttribute(page: Page, previous: string | null): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const v = await page.locator('claimlens-ui').getAttribute('data-open-ms');
    if (v !== null && v !== previous) return v;
    await page.waitForTimeout(20);
  }
  return (await page.locator('claimlens-ui').getAttribute('data-open-ms')) ?? 'NaN';
}

/** Per-keystroke figures in the real popup, by query kind: engine ms and keystroke-to-next-frame ms. */
export type PopupSearchRun = Record<string, { engineMs: number[]; frameMs: number[] }>;

/** Types every query of {@link SEARCH_QUERIES} key by key into the popup's search box; null without one. */
export async function measurePopupSearch(b: BenchBrowsers): Promise<PopupSearchRun | null> {
  const page = await b.harness.openPopup();
  try {
    const box = page.locator('#cl-search');
    if ((await box.count()) === 0) return null;
    // Ready when a code query shows results (the engine loads asynchronously).
    await box.fill('64634');
    await page.locator('#cl-results [role="option"]').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      document.querySelector('#cl-search')!.addEventListener('input', () => {
        const t = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t), 0));
      });
    });
    const out: PopupSearchRun = {};
    for (const [kind, queries] of Object.entries(SEARCH_QUERIES)) {
      const engineMs: number[] = [];
      const frameMs: number[] = [];
      for (const q of queries) {
        await box.fill('');
        await page.waitForTimeout(60); // let the clearing keystroke's frame pass before counting
        await page.evaluate(() => {
          (window as unknown as { __keys: number[] }).__keys = [];
        });
        for (let i = 0; i < q.length; i++) {
          await page.keyboard.type(q[i]);
          await page.waitForFunction((n) => (window as unknown as { __keys: number[] }).__keys.length >= n, i + 1);
          engineMs.push(Number(await page.locator('#cl-results').getAttribute('data-search-ms')));
        }
        frameMs.push(...(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)));
      }
      out[kind] = { engineMs, frameMs };
    }
    return out;
  } finally {
    await page.close();
  }
}

/** Keyboard panel and claim check on a page whose scan is done. */
export interface PanelRun {
  /** Listing the page's codes and drawing the panel (the content script's own figure), ms. */
  panelOpenMs: number;
  /** Choosing the claim around the last listed code and reading its lines (before the background answers), ms. */
  checkRegionMs: number;
}

/**
 * Opens the keyboard panel as the command does, then selects the last code in it and presses C (the claim
 * around that code's first occurrence is checked). Reads the content script's own timings.
 */
export async function measurePanel(b: BenchBrowsers, page: Page): Promise<PanelRun> {
  await b.harness.serviceWorker.evaluate(async (u) => {
    type Tabs = {
      query(q: unknown): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    await tabs.sendMessage(tab!.id!, { type: 'bgToCs:openPanel' }, { frameId: 0 });
  }, page.url());
  await page.locator('claimlens-ui .cl-panel-list').waitFor({ timeout: 180_000 });
  const opened = await waitForStats(b.harness, page, (s) => s.panelOpenMs !== undefined);
  await page.locator('claimlens-ui .cl-panel-list').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('c');
  await page.locator('claimlens-ui .cl-claim').waitFor({ timeout: 180_000 });
  const checked = await waitForStats(b.harness, page, (s) => s.checkRegionMs !== undefined);
  await page.keyboard.press('Escape');
  return { panelOpenMs: opened.panelOpenMs ?? NaN, checkRegionMs: checked.checkRegionMs ?? NaN };
}
