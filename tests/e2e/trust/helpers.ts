/**
 * Helpers for the trust e2e tests: counters from the content script, the service worker's view of storage,
 * opening a popover robustly, and a fixture origin that the e2e build is NOT granted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { FIXTURE_PAGES_DIR, readClosedUi, type ExtensionHarness } from '../harness';
import { codePoint, hover, hoverUntilShown, parkPointer, POPOVER } from '../inpage/helpers';

export { codePoint, hover, hoverUntilShown, parkPointer, POPOVER } from '../inpage/helpers';

/** What the content script's `bgToCs:scanStats` answer carries (counts only). */
export interface ScanStats {
  matches: number;
  ranges: number;
  units: number;
  batches: number;
  fullDoneAt?: number;
}

type Tabs = {
  query(q: unknown): Promise<{ id?: number; url?: string }[]>;
  sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
};
/** Test-only view of the worker's `chrome` global (types only: evaluate() serialises the code). */
export interface WorkerChrome {
  chrome: {
    tabs: Tabs;
    storage: Record<
      'local' | 'sync' | 'session',
      { get(k?: unknown): Promise<Record<string, unknown>>; set(v: unknown): Promise<void>; clear(): Promise<void> }
    >;
  };
}

/** Polls `probe` until it returns true (works outside tests too, e.g. in beforeAll); throws after `timeoutMs`. */
export async function waitUntil(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Counters from the content script in the top frame of `page` (null when none answers). */
export async function scanStats(h: ExtensionHarness, page: Page): Promise<ScanStats | null> {
  return h.serviceWorker.evaluate(async (u) => {
    const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return null;
    return (await tabs
      .sendMessage(tab.id, { type: 'bgToCs:scanStats' }, { frameId: 0 })
      .catch(() => null)) as ScanStats | null;
  }, page.url());
}

/** Waits until the first full scan of `page` is done, and returns its counters. */
export async function scanned(h: ExtensionHarness, page: Page): Promise<ScanStats> {
  let last: ScanStats | null = null;
  await waitUntil(
    async () => {
      last = await scanStats(h, page);
      return last?.fullDoneAt !== undefined;
    },
    `the first scan of ${page.url()}`,
    20_000,
  );
  return last!;
}

/** Sends the keyboard-panel command the background sends for Alt+Shift+L, and returns the codes it lists. */
export async function panelCodes(h: ExtensionHarness, page: Page): Promise<string[]> {
  await h.serviceWorker.evaluate(async (u) => {
    const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    await tabs.sendMessage(tab!.id!, { type: 'bgToCs:openPanel' }, { frameId: 0 });
  }, page.url());
  const panel = page.locator('claimlens-ui .cl-panel');
  await panel.waitFor();
  const codes = await panel
    .locator('[role="option"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  await page.keyboard.press('Escape');
  return codes;
}

/** Hovers `code` inside `selector` until its popover is ready (the first scan may still be running). */
export async function openPopover(
  page: Page,
  selector: string,
  code: string,
  frame: Page | Frame = page,
  offset = { x: 0, y: 0 },
): Promise<void> {
  const p = await codePoint(frame, selector, code);
  await hoverUntilShown(page, { x: p.x + offset.x, y: p.y + offset.y }, { frame });
  await frame.locator(`${POPOVER}[data-state="ready"]`).waitFor();
}

/**
 * {@link openPopover} for the production build, whose UI root is closed: hovers `code` until DevTools sees a
 * ready popover for it, and returns that popover (harness/closed-ui.ts). Each hover polls DevTools for the
 * popover (no fixed wait) before the pointer parks and comes back.
 */
export async function openClosedPopover(page: Page, selector: string, code: string) {
  const p = await codePoint(page, selector, code);
  const ready = async () =>
    (await readClosedUi(page))
      .flatMap((h) => h.all('.cl-popover'))
      .find((e) => e.attrs['data-state'] === 'ready' && e.all('.cl-code')[0]?.text === code);
  let found: Awaited<ReturnType<typeof ready>>;
  await page.bringToFront(); // a background tab gets no animation frames, and the hover hit test runs in one
  await waitUntil(async () => {
    await parkPointer(page);
    await hover(page, p);
    await waitUntil(
      async () => {
        found = await ready();
        return found !== undefined;
      },
      'one hover',
      1_500,
    ).catch(() => undefined);
    return found !== undefined;
  }, `a popover for ${code}`);
  return found!;
}

/** Every storage area the extension can write, as one JSON string (read by the service worker). */
export function allStorage(h: ExtensionHarness): Promise<string> {
  return h.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as WorkerChrome).chrome;
    const [local, sync, session] = await Promise.all([
      storage.local.get(null),
      storage.sync.get(null),
      storage.session.get(null),
    ]);
    return JSON.stringify({ local, sync, session });
  });
}

/** Writes `items` into `chrome.storage.<area>` from the service worker. */
export function setStorage(h: ExtensionHarness, area: 'local' | 'sync', items: Record<string, unknown>): Promise<void> {
  return h.serviceWorker.evaluate(
    async ([a, v]) => {
      await (globalThis as unknown as WorkerChrome).chrome.storage[a].set(v);
    },
    [area, items] as const,
  );
}

/** An origin the e2e build holds no host permission for (it is granted http://127.0.0.1/* and http://localhost/*). */
export const UNGRANTED_ORIGIN = 'http://ungranted-portal.test';

/**
 * Serves fixture pages on {@link UNGRANTED_ORIGIN} through Playwright routing (the request never reaches DNS,
 * which the harness black-holes), i.e. a cross-origin frame of a site the user did not enable.
 */
export async function serveUngranted(h: ExtensionHarness): Promise<void> {
  await h.context.route(`${UNGRANTED_ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (!/^[\w-]+\.html$/.test(name)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(resolve(FIXTURE_PAGES_DIR, name)),
    });
  });
  // A local stand-in, not egress: the request is answered inside the browser.
  h.egress.allow(UNGRANTED_ORIGIN);
}

/** Computed styles that make the popover look like itself (and the host properties that could hide it). */
export async function popoverLook(page: Page) {
  return page.locator(POPOVER).evaluate((el) => {
    const host = (el.getRootNode() as ShadowRoot).host;
    const pick = (e: Element, keys: string[]) => {
      const cs = getComputedStyle(e);
      return Object.fromEntries(keys.map((k) => [k, cs.getPropertyValue(k)]));
    };
    return {
      popover: pick(el, [
        'font-size',
        'font-family',
        'color',
        'background-color',
        'width',
        'letter-spacing',
        'line-height',
        'text-transform',
        'border-top-width',
        'border-top-color',
        'position',
        'display',
        'visibility',
        'opacity',
      ]),
      code: pick(el.querySelector('.cl-code')!, ['font-size', 'color', 'display', 'text-transform']),
      host: pick(host, ['opacity', 'transform', 'filter', 'display', 'position', 'z-index', 'visibility']),
    };
  });
}

/** Selected payers for the popover's payer sections. */
export const PAYERS = ['medicare', 'aetna'];

/** Stores settings with `PAYERS` selected. */
export function selectPayers(h: ExtensionHarness): Promise<void> {
  return setStorage(h, 'sync', {
    settings: { version: 1, payers: { selected: PAYERS, macJurisdiction: null, bcbsPlan: null } },
  });
}
