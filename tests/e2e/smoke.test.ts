import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  PRODUCTION_EXTENSION_DIR,
  REPO_ROOT,
  launchExtension,
  readManifest,
  type ExtensionHarness,
} from './harness';

const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus'];

/** The slice of the extension API the service-worker probes use (types only: evaluate() serialises the code). */
interface ExtensionGlobal {
  chrome: { runtime: { id: string; getURL(path: string): string; getManifest(): { host_permissions?: string[] } } };
}

describe('extension in real Chromium', () => {
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await launchExtension();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('loads, and its service worker runs with the e2e manifest', async () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    const fromWorker = await harness.serviceWorker.evaluate(() => {
      const { runtime } = (globalThis as unknown as ExtensionGlobal).chrome;
      return { id: runtime.id, hosts: runtime.getManifest().host_permissions ?? [] };
    });
    expect(fromWorker.id).toBe(harness.extensionId);
    expect(fromWorker.hosts).toEqual(E2E_MATCHES);
  });

  it('lets the service worker read every dataset artifact under the extension CSP', async () => {
    const artifacts = readdirSync(resolve(REPO_ROOT, 'data')).filter((name) => /\.(json|bin)$/.test(name));
    expect(artifacts).toContain('ptp.bin');
    const sizes = await harness.serviceWorker.evaluate(async (names) => {
      const { runtime } = (globalThis as unknown as ExtensionGlobal).chrome;
      const read = async (name: string) =>
        (await (await fetch(runtime.getURL(`/data/${name}`))).arrayBuffer()).byteLength;
      return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await read(name)] as const)));
    }, artifacts);
    const expected = Object.fromEntries(
      artifacts.map((name) => [name, statSync(resolve(REPO_ROOT, 'data', name)).size]),
    );
    expect(sizes).toEqual(expected);
  });

  for (const [name, rootId] of [
    ['popup.html', 'claimlens-popup-root'],
    ['options.html', 'claimlens-options-root'],
  ] as const) {
    it(`renders ${name} with zero page or console errors`, async () => {
      const page = await harness.openExtensionPage(name);
      await page.locator(`#${rootId} > *`).first().waitFor({ state: 'attached' });
      expect(await page.locator('body').innerText()).toContain('ClaimLens');
      const url = `${harness.extensionOrigin}/${name}`;
      expect(harness.diagnostics.pageErrors(url)).toEqual([]);
      expect(harness.diagnostics.consoleErrors(url)).toEqual([]);
      await page.close();
    });
  }

  it('serves fixture pages from 127.0.0.1, and nothing reaches any other origin', async () => {
    const page = await harness.openFixture('smoke.html');
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    expect(await page.locator('#claim-lines tbody tr').count()).toBe(4);
    expect(harness.diagnostics.pageErrors(harness.server.origin)).toEqual([]);
    expect(harness.diagnostics.consoleErrors(harness.server.origin)).toEqual([]);
    await page.close();
    expect(harness.egress.requests).toEqual([]);
  });

  it('reports no service-worker errors', () => {
    expect(harness.diagnostics.pageErrors(harness.extensionOrigin)).toEqual([]);
    expect(harness.diagnostics.consoleErrors(harness.extensionOrigin)).toEqual([]);
  });
});

describe('built manifests', () => {
  it('e2e variant: host access to 127.0.0.1/localhost only, the runtime scripts statically there at their own timing', () => {
    const manifest = readManifest(E2E_EXTENSION_DIR);
    expect(manifest.host_permissions).toEqual(E2E_MATCHES);
    const scripts = manifest.content_scripts ?? [];
    for (const script of scripts) {
      expect(script.matches).toEqual(E2E_MATCHES);
      expect(script.all_frames).toBe(true);
      for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
        expect(existsSync(resolve(E2E_EXTENSION_DIR, file)), `${file} listed in manifest but not built`).toBe(true);
      }
    }
    // Same timing as the runtime registration (lib/sites/registration.ts): the highlight sheet must be adopted
    // at document_start, before the page renders; the content script runs at document_idle.
    const expected = [
      ['entrypoints/content/index.tsx', 'content-scripts/content.js', 'document_idle'],
      ['entrypoints/highlight-sheet.content.ts', 'content-scripts/highlight-sheet.js', 'document_start'],
    ]
      .filter(([source]) => existsSync(resolve(REPO_ROOT, source)))
      .map(([, js, runAt]) => ({ js: [js], run_at: runAt }));
    const actual = scripts
      .map((s) => ({ js: s.js, run_at: s.run_at }))
      .sort((a, b) => String(a.js).localeCompare(String(b.js)));
    expect(actual).toEqual(expected);
  });

  it('production build: no host access, no <all_urls>, sites only through optional permissions', () => {
    const manifestPath = resolve(PRODUCTION_EXTENSION_DIR, 'manifest.json');
    expect(existsSync(manifestPath), `${manifestPath} missing: run \`npm run build\``).toBe(true);
    const manifest = readManifest(PRODUCTION_EXTENSION_DIR);
    expect(manifest.host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect((manifest.content_scripts ?? []).filter((s) => (s.matches ?? []).length > 0)).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy?.extension_pages).toMatch(/connect-src 'self'[;\s]/);
    expect(manifest.content_security_policy?.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(manifest.commands?.['open-panel']?.suggested_key?.default).toBe('Alt+Shift+L');
  });
});
