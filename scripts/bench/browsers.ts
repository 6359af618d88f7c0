/**
 * The two browsers of one benchmark run: real Chromium with the e2e build of ClaimLens loaded (through the
 * e2e harness), and the same Chromium without it (a second persistent context), both serving the generated
 * pages from one 127.0.0.1 server. Also the page-level plumbing: CDP metrics, the scanner's own counters
 * (the `bgToCs:scanStats` message the content script answers), and the init probe.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { chromiumPath, startStaticServer, type StaticServer } from '../../tests/e2e/harness';
import { INIT_PROBE, type ProbeState } from './page-probes';

/** Counters the content script reports for its top frame (lib/page/page-scanner.ts `ScanStats` and more). */
export interface ScanStats {
  startedAt: number;
  scanStartedAt?: number;
  viewportDoneAt?: number;
  firstChangeAt?: number;
  firstLayoutReadMs?: number;
  busyMs?: number;
  longestSliceMs?: number;
  longestUnitMs?: number;
  longestFlushMs?: number;
  markUpdates?: number;
  markBandChanges?: number;
  longestMarkUpdateMs?: number;
  fullDoneAt?: number;
  viewportUnits: number;
  units: number;
  batches: number;
  lastBatchUnits: number;
  matches: number;
  ranges: number;
  texts?: number;
  errors?: number;
  scrolledStart?: boolean;
  panelOpenMs?: number;
  checkRegionMs?: number;
  uiLoadMs?: number;
}

/** One browser and its page helpers. */
export interface BenchBrowser {
  withExtension: boolean;
  context: BrowserContext;
  /** Opens `url` in a new tab with the init probe and a CDP session that collects Performance metrics. */
  open(url: string): Promise<{ page: Page; cdp: CDPSession }>;
  close(): Promise<void>;
}

/** The browser with the extension: its service worker, extension pages, and the page server. */
export interface ExtensionHarness {
  context: BrowserContext;
  serviceWorker: Worker;
  server: StaticServer;
  openExtensionPage(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
}

/** Flags of both browsers (the e2e harness's, minus its test-only recorders). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

async function persistent(args: string[]): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...FLAGS, ...args],
    });
    return {
      context,
      dispose: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
}

/** Both browsers plus the server. */
export interface BenchBrowsers {
  ext: BenchBrowser;
  bare: BenchBrowser;
  harness: ExtensionHarness;
  url(name: string): string;
  close(): Promise<void>;
}

async function openWithProbe(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.addInitScript(INIT_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  return { page, cdp };
}

/**
 * Launches both browsers; pages are served from `pagesDir`. The extension is loaded from `extensionDir`
 * (its own launcher, not the e2e harness's, so a copy of a build can be measured while others rebuild).
 */
export async function launchBenchBrowsers(extensionDir: string, pagesDir: string): Promise<BenchBrowsers> {
  const server = await startStaticServer(pagesDir);
  const opened: { dispose(): Promise<void> }[] = [];
  try {
    const withExt = await persistent([
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ]);
    opened.push(withExt);
    const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      withExt.context.serviceWorkers().find(isExt) ??
      (await withExt.context.waitForEvent('serviceworker', { predicate: isExt, timeout: 60_000 }));
    const origin = `chrome-extension://${new URL(serviceWorker.url()).host}`;
    const openUrl = async (url: string) => {
      const page = await withExt.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    const harness: ExtensionHarness = {
      context: withExt.context,
      serviceWorker,
      server,
      openExtensionPage: (path) => openUrl(`${origin}/${path}`),
      openPopup: () => openUrl(`${origin}/popup.html`),
    };
    const without = await persistent([]);
    opened.push(without);
    const ext: BenchBrowser = {
      withExtension: true,
      context: withExt.context,
      open: (u) => openWithProbe(withExt.context, u),
      close: withExt.dispose,
    };
    const bare: BenchBrowser = {
      withExtension: false,
      context: without.context,
      open: (u) => openWithProbe(without.context, u),
      close: without.dispose,
    };
    return {
      ext,
      bare,
      harness,
      url: (name) => server.url(name),
      close: async () => {
        await bare.close();
        await ext.close();
        await server.close();
      },
    };
  } catch (e) {
    for (const o of opened) await o.dispose().catch(() => undefined);
    await server.close();
    throw e;
  }
}

/** CDP Performance metrics by name (durations in seconds, sizes in bytes). */
export async function metrics(cdp: CDPSession, gc = false): Promise<Record<string, number>> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The init probe's record of the page. */
export function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
}

/** Asks the content script in the top frame of the tab showing `url` for its counters (null if none answers). */
export async function scanStats(h: ExtensionHarness, url: string): Promise<ScanStats | null> {
  return h.serviceWorker.evaluate(async (u) => {
    type Tabs = {
      query(q: unknown): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return null;
    return (await tabs.sendMessage(tab.id, { type: 'bgToCs:scanStats' }, { frameId: 0 }).catch(() => null)) as never;
  }, url);
}

/** Polls {@link scanStats} until `done(stats)` holds; throws after `timeoutMs` (a harness error). */
export async function waitForStats(
  h: ExtensionHarness,
  page: Page,
  done: (s: ScanStats) => boolean,
  timeoutMs = 600_000,
): Promise<ScanStats> {
  const until = Date.now() + timeoutMs;
  let last: ScanStats | null = null;
  while (Date.now() < until) {
    last = await scanStats(h, page.url());
    if (last && done(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(
    `bench: the content script did not report the expected state on ${page.url()} within ${timeoutMs / 1000} s (last: ${JSON.stringify(last)})`,
  );
}
