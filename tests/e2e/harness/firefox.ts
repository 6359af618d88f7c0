/**
 * A real Firefox (Debian's firefox-esr, or FIREFOX_PATH) with the Firefox e2e build of ClaimLens installed, driven
 * over WebDriver BiDi by puppeteer-core — Firefox's own remote protocol, so no geckodriver and no downloaded browser.
 * The extension is installed as a temporary add-on (BiDi webExtension.install) under a fixed internal UUID, so its
 * pages have a known moz-extension:// address. `-remote-allow-system-access` lets the test open those pages
 * (BiDi refuses non-web URLs without it); nothing else of the browser's internals is used.
 *
 * Egress: every request is sent to a dead proxy except 127.0.0.1/localhost, the Firefox counterpart of the
 * Chromium harness's DNS black hole; page requests are recorded for the zero-egress assertion.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

/** The Firefox MV3 test variant built by `npm run build:e2e`. */
export const FIREFOX_E2E_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv3-e2e');
/** The Firefox store build (`npm run build:firefox`): closed UI root, no host access until the user grants it. */
export const FIREFOX_PRODUCTION_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv3');
/** The add-on id in the Firefox manifest (wxt.config.ts). */
const ADDON_ID = 'claimlens@claimlens.dev';
/** Internal UUID the test profile gives the add-on, so moz-extension:// URLs are known in advance. */
const ADDON_UUID = '5f0c1a2e-7d43-4b8e-9c1f-c1a1e2e2e2e2';

/** Firefox binary: `FIREFOX_PATH` or Debian's `/usr/bin/firefox-esr`. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** A Firefox with ClaimLens, the fixture server and what pages asked of the network. */
export interface FirefoxHarness {
  browser: Browser;
  server: StaticServer;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Page errors (uncaught exceptions) from every page opened through the harness. */
  pageErrors: string[];
  /** Requests from pages to anything but the fixture server and the extension. */
  egress: string[];
  openFixture(name: string): Promise<Page>;
  /** Opens one of the extension's pages (e.g. `popup.html`) in a tab, as a person could from its address. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function assertFirefoxPrerequisites(extensionDir: string): string {
  const binary = firefoxPath();
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    throw new Error(
      `e2e: no Firefox at ${binary}. Install it (Debian/Ubuntu: \`sudo apt-get install firefox-esr\`) or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(
      `e2e: the Firefox build is missing (${extensionDir}). Run \`npm run build:e2e\` (and \`npm run build:firefox\`) first.`,
    );
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  if (manifest.browser_specific_settings?.gecko?.id !== ADDON_ID)
    throw new Error(`e2e: ${extensionDir} is not a Firefox build of ClaimLens (gecko id ${ADDON_ID}).`);
  return binary;
}

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  // Zero egress: a proxy nobody listens on (port 9, discard) for everything but loopback.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

/** Launches headless Firefox with the extension installed; throws with a how-to-fix message when something is missing. */
export async function launchFirefox(
  extensionDir = FIREFOX_E2E_EXTENSION_DIR,
  extraPrefs: Record<string, unknown> = {},
): Promise<FirefoxHarness> {
  const executablePath = assertFirefoxPrerequisites(extensionDir);
  const server = await startStaticServer(resolve(REPO_ROOT, 'tests/fixtures/pages'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: { ...PREFS, ...extraPrefs },
    });
    await browser.installExtension(extensionDir);
    const b = browser;
    const extensionOrigin = `moz-extension://${ADDON_UUID}`;
    const pageErrors: string[] = [];
    const egress: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
      page.on('request', (request) => {
        const url = request.url();
        const local = [server.origin, extensionOrigin, 'data:', 'blob:', 'about:'].some((p) => url.startsWith(p));
        if (!local) egress.push(url);
      });
      return page;
    };
    return {
      browser,
      server,
      extensionOrigin,
      pageErrors,
      egress,
      openFixture: async (name) => {
        const page = watch(await b.newPage());
        await page.goto(server.url(name), { waitUntil: 'load' });
        return page;
      },
      openExtensionPage: async (path) => {
        const page = watch(await b.newPage());
        // The moz-extension page loads in the extension process; BiDi reports no load event for that switch,
        // so the navigation is not awaited: the caller waits for what it needs on the page.
        void page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`, { timeout: 0 }).catch(() => undefined);
        return page;
      },
      close: async () => {
        await b.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}

/** Where Firefox on Linux reads an enterprise policy file (besides the installation's distribution/ folder). */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/**
 * Writes `policies.json` with ClaimLens's `3rdparty.Extensions` entry, as IT does; returns its removal. Needs root
 * (CI runs as root); refuses to replace a policy file that is already there.
 */
export function writeFirefoxPolicy(policy: Record<string, unknown>): () => void {
  if (existsSync(FIREFOX_POLICY_FILE))
    throw new Error(`e2e: ${FIREFOX_POLICY_FILE} already exists; the policy test will not replace it.`);
  const created = ['/etc/firefox', '/etc/firefox/policies'].filter((dir) => !existsSync(dir));
  try {
    mkdirSync('/etc/firefox/policies', { recursive: true });
    writeFileSync(
      FIREFOX_POLICY_FILE,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [ADDON_ID]: policy } } } }),
    );
  } catch {
    throw new Error(`e2e: cannot write ${FIREFOX_POLICY_FILE}: run the e2e tests as root (CI does).`);
  }
  return () => {
    rmSync(FIREFOX_POLICY_FILE, { force: true });
    for (const dir of created.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  };
}
