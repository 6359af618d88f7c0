import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Repository root (this file lives in tests/e2e/harness/). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** The Chrome MV3 test variant built by `npm run build:e2e`: host access to 127.0.0.1 and a static content script. */
export const E2E_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3-e2e');
/** The production Chrome MV3 build made by `npm run build`. */
export const PRODUCTION_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
/** Fixture pages served by the harness's static server. */
export const FIXTURE_PAGES_DIR = resolve(REPO_ROOT, 'tests/fixtures/pages');

/** Chromium binary: `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Fails loudly (never skips) when the browser or the built test extension is missing, saying how to fix it.
 * Another `extensionDir` (e.g. an unpacked store package) only needs a manifest.
 * @returns the Chromium path to launch.
 */
export function assertE2ePrerequisites(extensionDir = E2E_EXTENSION_DIR): string {
  const browser = chromiumPath();
  try {
    accessSync(browser, constants.X_OK);
  } catch {
    throw new Error(
      `e2e: no Chromium at ${browser}. Install it (Debian/Ubuntu: \`sudo apt-get install chromium\`) ` +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  if (extensionDir !== E2E_EXTENSION_DIR) {
    if (!existsSync(resolve(extensionDir, 'manifest.json')))
      throw new Error(`e2e: no manifest.json in ${extensionDir}`);
    return browser;
  }
  const manifestPath = resolve(E2E_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`e2e: the test build is missing (${manifestPath}). Run \`npm run build:e2e\` first.`);
  }
  const manifest = readManifest(E2E_EXTENSION_DIR);
  if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
    throw new Error(
      `e2e: ${E2E_EXTENSION_DIR} is not the e2e variant (no 127.0.0.1 host access). Run \`npm run build:e2e\`.`,
    );
  }
  return browser;
}

/** The parts of a built manifest the tests look at. */
export interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[]; all_frames?: boolean; run_at?: string }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string };
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  [key: string]: unknown;
}

/** Reads and parses `manifest.json` from a build output directory. */
export function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}
