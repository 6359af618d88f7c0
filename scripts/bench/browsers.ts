/**
 * The two browsers of one benchmark run: real Chromium with the e2e build of ClaimLens loaded (through the
 * e2e harness), and the same Chromium without it (a second persistent context), both serving the generated
 * pages from one 127.0.0.1 server. Also the page-level plumbing: CDP metrics, the scanner's own counters
 * (the `bgToCs:scanStats` message the content script answers), and the init probe.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, launchExtension, type ExtensionHarness } from '../../tests/e2e/harness';
import { INIT_PROBE, type ProbeState } from './page-probes';

/** Counters the content script reports for its top frame (lib/page/page-scanner.ts `ScanStats` and more). */
export interface ScanStats {
  startedAt: number;
  scanStartedAt?: number;
  viewportDoneAt?: number;
  fullDoneAt?: number;
  viewportUnits: number;
  units: number;
  batches: number;
  lastBatchUnits: number;
  matches: number;
  ranges: number;
}

/** One browser and its page helpers. */
export interface BenchBrowser {
  withExtension: boolean;
  context: BrowserContext;
  /** Opens `url` in a new tab with the init probe and a CDP session that collects Performance metrics. */
  open(url: string): Promise<{ page: Page; cdp: CDPSession }>;
  close(): Promise<void>;
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
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { page, cdp };
}

/** Launches both browsers; pages are served from `pagesDir`. */
export async function launchBenchBrowsers(extensionDir: string, pagesDir: string): Promise<BenchBrowsers> {
  const harness = await launchExtension({ extensionDir, fixturesDir: pagesDir });
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-bare-'));
  let bareContext: BrowserContext;
  try {
    bareContext = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      // The same flags as the extension's browser, minus the extension.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    });
  } catch (e) {
    await harness.close();
    throw e;
  }
  const ext: BenchBrowser = { withExtension: true, context: harness.context, open: (u) => openWithProbe(harness.context, u), close: async () => undefined };
  const bare: BenchBrowser = {
    withExtension: false, context: bareContext, open: (u) => openWithProbe(bareContext, u),
    close: async () => { await bareContext.close(); await rm(profile, { recursive: true, force: true }); },
  };
  return {
    ext, bare, harness,
    url: (name) => harness.server.url(name),
    close: async () => { await bare.close(); await harness.close(); },
  };
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
    type Tabs = { query(q: unknown): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const tab = (await tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return null;
    return (await tabs.sendMessage(tab.id, { type: 'bgToCs:scanStats' }, { frameId: 0 }).catch(() => null)) as never;
  }, url);
}

/** Polls {@link scanStats} until `done(stats)` holds; throws after `timeoutMs` (a harness error). */
export async function waitForStats(h: ExtensionHarness, page: Page, done: (s: ScanStats) => boolean, timeoutMs = 120_000): Promise<ScanStats> {
  const until = Date.now() + timeoutMs;
  let last: ScanStats | null = null;
  while (Date.now() < until) {
    last = await scanStats(h, page.url());
    if (last && done(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`bench: the content script did not report the expected state on ${page.url()} within ${timeoutMs / 1000} s (last: ${JSON.stringify(last)})`);
}
