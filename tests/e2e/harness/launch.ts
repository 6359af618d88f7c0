import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DiagnosticsCollector } from './diagnostics';
import { EgressRecorder } from './egress-recorder';
import { assertE2ePrerequisites, E2E_EXTENSION_DIR, FIXTURE_PAGES_DIR } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

/** A real Chromium with the e2e build of ClaimLens loaded, plus the fixture server and recorders. */
export interface ExtensionHarness {
  context: BrowserContext;
  /** The extension's id, read from its service worker's URL. */
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  serviceWorker: Worker;
  server: StaticServer;
  /** Page errors and console errors from every page and the service worker. */
  diagnostics: DiagnosticsCollector;
  /** Requests to anything other than the extension and the fixture server. */
  egress: EgressRecorder;
  /** Opens `chrome-extension://<id>/<path>` in a new tab and waits for its load event. */
  openExtensionPage(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** Opens a page from tests/fixtures/pages/ (e.g. `claim-grid.html`) in a new tab. */
  openFixture(name: string): Promise<Page>;
  close(): Promise<void>;
}

/** Options for {@link launchExtension}. */
export interface LaunchOptions {
  /** Unpacked extension to load; default `.output/chrome-mv3-e2e`. */
  extensionDir?: string;
  /** Folder served on 127.0.0.1; default `tests/fixtures/pages`. */
  fixturesDir?: string;
  /** Run without a window; default true. `npm run demo` opens a window when a display exists. */
  headless?: boolean;
  /** Page viewport; default Playwright's 1280×720. `null` lets pages follow the window size (headed use). */
  viewport?: { width: number; height: number } | null;
  /** Let Playwright close the browser and exit on Ctrl+C (its default, true); false leaves SIGINT to the caller. */
  handleSIGINT?: boolean;
  /** More Chromium switches, e.g. `--enable-unsafe-extension-debugging` for the toolbar button (toolbar.ts). */
  extraArgs?: string[];
}

/**
 * Launches Chromium (headless unless told otherwise, fresh profile) with the extension loaded. Throws with a
 * how-to-fix message when Chromium or the e2e build is missing: e2e never skips.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  const executablePath = assertE2ePrerequisites(extensionDir);
  const server = await startStaticServer(options.fixturesDir ?? FIXTURE_PAGES_DIR);
  const profileDir = await mkdtemp(join(tmpdir(), 'claimlens-e2e-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
      ...(options.handleSIGINT !== undefined ? { handleSIGINT: options.handleSIGINT } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // DNS black hole: any accidental egress fails instead of leaving the machine.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        ...(options.extraArgs ?? []),
      ],
    });
    const diagnostics = new DiagnosticsCollector();
    const egress = new EgressRecorder([server.origin]);
    diagnostics.attach(context);
    egress.attach(context);
    const serviceWorker = await extensionServiceWorker(context);
    diagnostics.attachWorker(serviceWorker);
    const extensionId = new URL(serviceWorker.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    egress.allow(extensionOrigin);
    const ctx = context;
    const openUrl = async (url: string): Promise<Page> => {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    return {
      context,
      extensionId,
      extensionOrigin,
      serviceWorker,
      server,
      diagnostics,
      egress,
      openExtensionPage: (path) => openUrl(`${extensionOrigin}/${path.replace(/^\//, '')}`),
      openPopup: () => openUrl(`${extensionOrigin}/popup.html`),
      openOptions: () => openUrl(`${extensionOrigin}/options.html`),
      openFixture: (name) => openUrl(server.url(name)),
      close: async () => {
        await ctx.close();
        await server.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** The extension's MV3 service worker, waiting for it to start if needed. */
async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
  } catch {
    throw new Error(
      'e2e: the extension service worker never started. Check that the build loads in Chromium ' +
        '(chrome://extensions, "Load unpacked" .output/chrome-mv3-e2e) and rebuild with `npm run build:e2e`.',
    );
  }
}
