/**
 * Store packages (`npm run zip`, scripts/release/): the real command run twice gives byte-identical archives;
 * the e2e variant is refused however it is asked for; and the Chrome package, unpacked, loads as a person
 * would use it — toolbar button, "Run once in this tab", hover a code — with its popover naming the bundled
 * data; and the sources package, unpacked on its own, rebuilds the same Chrome and Firefox packages with
 * `npm ci && npm run build` (`build:firefox`) — what an addons.mozilla.org reviewer does.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageError, zipStoreBuild } from '../../../scripts/release/packages';
import {
  clickToolbarButton,
  E2E_EXTENSION_DIR,
  launchExtension,
  REPO_ROOT,
  TOOLBAR_ARGS,
  type ExtensionHarness,
} from '../harness';
import { openClosedPopover, waitUntil } from '../trust/helpers';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const meta = JSON.parse(readFileSync(join(REPO_ROOT, 'data/meta.json'), 'utf8')) as {
  datasetVersion: string;
  tables: Record<string, { title: string; asOf: string }>;
};
const PACKAGES = ['chrome', 'firefox', 'sources'].map((kind) =>
  join(REPO_ROOT, `.output/claimlens-${version}-${kind}.zip`),
);

function runZip(args: string[] = []) {
  return spawnSync('npm', ['run', '--silent', 'zip', '--', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 170_000,
  });
}

/** Writes a zip's files under a new temporary folder and returns it. */
function unpack(zipPath: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

let first: Buffer[] = [];
/**
 * The sources package unpacked alone, with its `npm ci` (the slowest step of this file) started as soon as the
 * package exists, so the install runs while the tests before it do; the sources tests await it.
 */
let sourcesCopy: { dir: string; installed: Promise<unknown> } | undefined;

beforeAll(() => {
  const run = runZip();
  expect(run.status, run.stderr).toBe(0);
  first = PACKAGES.map((file) => readFileSync(file));
  const dir = unpack(PACKAGES[2], 'claimlens-sources-');
  // --prefer-offline: the packages come from npm's cache, which the checkout's own `npm ci` filled.
  const installed = promisify(execFile)('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    timeout: 400_000,
  });
  installed.catch(() => undefined); // reported where it is awaited
  sourcesCopy = { dir, installed };
}, 180_000);

afterAll(() => {
  if (sourcesCopy) rmSync(sourcesCopy.dir, { recursive: true, force: true });
});

describe('npm run zip', () => {
  it('writes the Chrome, Firefox and sources packages, and again gives the same bytes', () => {
    for (const bytes of first) expect(bytes.byteLength).toBeGreaterThan(100_000);
    const run = runZip();
    expect(run.status, run.stderr).toBe(0);
    PACKAGES.forEach((file, i) => {
      expect(readFileSync(file).equals(first[i]), `${file} differs between two runs`).toBe(true);
    });
  }, 180_000);

  it('packages the production builds: same files as .output/, the sources without tests or outputs', () => {
    const [chrome, firefox, sources] = first.map((bytes) => Object.keys(unzipSync(bytes)));
    expect(chrome).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'content-scripts/content.js']));
    expect(chrome).toContain('data/ptp.bin');
    expect(firefox).toContain('manifest.json');
    const fxManifest = JSON.parse(new TextDecoder().decode(unzipSync(first[1])['manifest.json'])) as {
      browser_specific_settings?: { gecko?: { id?: string } };
      version: string;
    };
    expect(fxManifest.browser_specific_settings?.gecko?.id).toBe('claimlens@claimlens.dev');
    expect(fxManifest.version).toBe(version);
    expect(sources).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'CHANGELOG.md']),
    );
    expect(sources.filter((p) => /^(tests|node_modules|\.output|\.wxt|\.ci)\//.test(p))).toEqual([]);
  });

  it('refuses the e2e variant: no flag for it, and its build folder is not a store build', () => {
    const before = PACKAGES.map((file) => statSync(file).mtimeMs);
    const run = runZip(['--mode', 'e2e']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the e2e variant (test-only localhost access) is never packaged');
    expect(PACKAGES.map((file) => statSync(file).mtimeMs)).toEqual(before);
    expect(() => zipStoreBuild(E2E_EXTENSION_DIR, version)).toThrow(PackageError);
    expect(() => zipStoreBuild(E2E_EXTENSION_DIR, version)).toThrow(/not a store build.*host_permissions/);
  });
});

describe('the Chrome package, unpacked, in Chromium', () => {
  let h: ExtensionHarness;
  let dir: string;

  beforeAll(async () => {
    dir = unpack(PACKAGES[0], 'claimlens-chrome-zip-');
    h = await launchExtension({ extensionDir: dir, extraArgs: TOOLBAR_ARGS });
  });

  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no site access until the toolbar button runs it once; then a hover explains a code from the bundled data', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    // Production: no host access, so nothing is injected into the page by itself.
    expect(await page.evaluate(() => document.querySelectorAll('claimlens-ui').length)).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    const popup = await clickToolbarButton(h, page);
    const buttons = () =>
      popup.evaluate<string>("[...document.querySelectorAll('button')].map((b) => b.textContent).join('|')");
    await waitUntil(async () => (await buttons()).includes('Run once in this tab'), 'the popup to offer "Run once"');
    await popup.evaluate(
      "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Run once in this tab').click()",
    );
    await waitUntil(async () => (await buttons()).includes('Running in this tab'), 'the popup to say it runs');

    // The store build's UI root is closed: the popover is read through DevTools (harness/closed-ui.ts).
    const popover = await openClosedPopover(page, '#c-64634', '64634');
    expect(popover.all('.cl-code')[0]?.text).toBe('64634');
    const practitioner = popover.all('[data-mue="Practitioner"]')[0];
    expect(practitioner?.all('.cl-mue-units')[0]?.text).toBe('MUE 4');
    expect(popover.all('.cl-version')[0]?.text).toBe(`Data version ${meta.datasetVersion}`);
    const aoc = meta.tables.aoc;
    expect(popover.all('.cl-source').map((e) => e.text)).toContain(`Source: ${aoc.title}, as of ${aoc.asOf}`);

    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.diagnostics.consoleErrors()).toEqual([]);
    expect(h.egress.requests).toEqual([]);
  });
});

/** Every file of a build folder, as a path → bytes map (for comparing with a package's contents). */
function treeOf(dir: string): Record<string, Uint8Array> {
  return unzipSync(zipStoreBuild(dir, version));
}

describe('the sources package, unpacked alone', () => {
  let dir: string;
  const run = (args: string[]) =>
    execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', timeout: 400_000 });

  beforeAll(async () => {
    dir = sourcesCopy!.dir;
    await sourcesCopy!.installed;
  }, 420_000);

  it('`npm ci && npm run build` (and build:firefox) rebuilds the same extension', () => {
    run(['run', 'build']);
    run(['run', 'build:firefox']);
    const packaged = [first[0], first[1]].map((bytes) => unzipSync(bytes));
    const rebuilt = [treeOf(join(dir, '.output/chrome-mv3')), treeOf(join(dir, '.output/firefox-mv3'))];
    for (const i of [0, 1]) {
      expect(Object.keys(rebuilt[i]).sort()).toEqual(Object.keys(packaged[i]).sort());
      const differing = Object.keys(packaged[i]).filter(
        (path) => !Buffer.from(rebuilt[i][path]).equals(Buffer.from(packaged[i][path])),
      );
      expect(differing, 'files that the rebuild from the sources package made differently').toEqual([]);
    }
  }, 500_000);

  // In the unpacked copy, not the checkout: WXT builds before its zip hook refuses, and the checkout's
  // .output/chrome-mv3-e2e is loaded by the e2e files running alongside this one.
  it("WXT's own zip is switched off, for the e2e variant too", () => {
    const zip = spawnSync(join(dir, 'node_modules/.bin/wxt'), ['zip', '--mode', 'e2e'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(zip.status).not.toBe(0);
    expect(`${zip.stdout}${zip.stderr}`).toContain('The e2e variant is never packaged');
    expect(execFileSync('ls', [join(dir, '.output')], { encoding: 'utf8' })).not.toMatch(/e2e.*\.zip/);
  }, 180_000);
});
