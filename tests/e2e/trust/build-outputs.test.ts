/**
 * Trust checks on the built extension (DEVELOPERS.md, "The page is hostile"). Runs after `npm run build && npm run build:firefox
 * && npm run build:e2e` (as `npm test` does):
 * - bundle scan: no network-capable or code-from-string API outside tests/unit/trust/network-allowlist.ts,
 *   and no remote URL or inline script in the built HTML pages;
 * - manifest snapshots (chrome-mv3, firefox-mv3) in tests/fixtures/manifest-snapshots/, plus hard rules;
 * - `web-ext lint` on the Firefox build: 0 errors, 0 notices, warnings only as justified in web-ext-lint-allowlist.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanBundle } from '../../unit/trust/bundle-scan';
import { NETWORK_ALLOWLIST } from '../../unit/trust/network-allowlist';
import { E2E_EXTENSION_DIR, PRODUCTION_EXTENSION_DIR, readManifest, REPO_ROOT } from '../harness';
import { hardRuleViolations, trustView } from './manifest-snapshot';
import { ACCEPTED_LINT_WARNINGS } from './web-ext-lint-allowlist';

const FIREFOX_DIR = resolve(REPO_ROOT, '.output/firefox-mv3');
const SNAPSHOT_DIR = resolve(REPO_ROOT, 'tests/fixtures/manifest-snapshots');
const OUTPUTS = {
  'chrome-mv3': PRODUCTION_EXTENSION_DIR,
  'chrome-mv3-e2e': E2E_EXTENSION_DIR,
  'firefox-mv3': FIREFOX_DIR,
};

function filesOf(dir: string, ext: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !ext.test(e.name)) continue;
    const abs = join(e.parentPath, e.name);
    out[relative(dir, abs).replaceAll('\\', '/')] = readFileSync(abs, 'utf8');
  }
  return out;
}

beforeAll(() => {
  for (const [name, dir] of Object.entries(OUTPUTS)) {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(
        `trust: ${name} is not built; run \`npm run build && npm run build:firefox && npm run build:e2e\` first.`,
      );
  }
});

describe('bundle scan', () => {
  for (const [name, dir] of Object.entries(OUTPUTS)) {
    it(`${name}: every network or eval-like API in built JS is on the justified allow-list`, () => {
      const js = filesOf(dir, /\.m?js$/);
      expect(Object.keys(js)).toEqual(
        expect.arrayContaining(['background.js', 'content-scripts/content.js', 'content-scripts/highlight-sheet.js']),
      );
      const scan = scanBundle(js, NETWORK_ALLOWLIST);
      const report = {
        unexpected: scan.unexpected.map(
          (h) => `${h.file}: ${h.api} in …${h.context.slice(Math.max(0, h.at - 60), h.at + h.length + 60)}…`,
        ),
        miscounted: scan.miscounted.map(
          (m) => `${m.file}: ${m.found} hits of ${m.entry.context} (allow-list says ${m.entry.count})`,
        ),
        unused: scan.unused.map(
          (a) => `${a.api} ${a.file} ${a.context} matched nothing: remove it from the allow-list`,
        ),
      };
      expect(report, 'see tests/unit/trust/network-allowlist.ts').toEqual({
        unexpected: [],
        miscounted: [],
        unused: [],
      });
    });

    it(`${name}: built HTML pages load only the extension's own files`, () => {
      const pages = filesOf(dir, /\.html$/);
      expect(Object.keys(pages).sort()).toEqual(['options.html', 'popup.html']);
      for (const [file, html] of Object.entries(pages)) {
        const urls = [...html.matchAll(/\b(?:src|href|action)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
        expect(
          urls.filter((u) => !u.startsWith('/') && !u.startsWith('./')),
          file,
        ).toEqual([]);
        const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => m[2].trim() !== '');
        expect(inline.length, `${file}: inline script`).toBe(0);
        expect(/\son[a-z]+\s*=/i.test(html), `${file}: inline event handler`).toBe(false);
      }
    });
  }
});

describe('manifest', () => {
  const snapshots = {
    'chrome-mv3': ['chrome', PRODUCTION_EXTENSION_DIR],
    'firefox-mv3': ['firefox', FIREFOX_DIR],
  } as const;
  for (const [name, [browser, dir]] of Object.entries(snapshots)) {
    it(`${name}: keeps least privilege, no remote code, no data collection`, () => {
      expect(hardRuleViolations(readManifest(dir), browser)).toEqual([]);
    });

    it(`${name}: matches the reviewed snapshot`, () => {
      const actual = `${JSON.stringify(trustView(readManifest(dir)), null, 2)}\n`;
      const file = join(SNAPSHOT_DIR, `${name}.json`);
      if (process.env.UPDATE_SNAPSHOTS === '1') {
        mkdirSync(SNAPSHOT_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : '(no snapshot)';
      expect(
        actual,
        `The built ${name} manifest's permissions/CSP/resources changed. If the change is intended, review it for ` +
          `least privilege and zero egress, then rerun with UPDATE_SNAPSHOTS=1 (e.g. \`UPDATE_SNAPSHOTS=1 npx vitest run ` +
          `--project e2e tests/e2e/trust/build-outputs.test.ts\`) and commit ${relative(REPO_ROOT, file)}.`,
      ).toBe(expected);
    });
  }

  it('the e2e variant differs from production only by fixture-server access', () => {
    const prod = trustView(readManifest(PRODUCTION_EXTENSION_DIR));
    const e2e = trustView(readManifest(E2E_EXTENSION_DIR));
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect({ ...e2e, host_permissions: null, content_scripts: prod.content_scripts }).toEqual(prod);
  });
});

describe('web-ext lint (Firefox build)', () => {
  it('reports 0 errors, 0 notices and only the justified warnings', () => {
    let stdout: string;
    try {
      stdout = execFileSync(
        'npx',
        ['--no-install', 'web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, WEB_EXT_NO_UPDATE_NOTIFIER: '1' },
        },
      );
    } catch (error) {
      // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
      stdout = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      errors: { code: string; file?: string; message: string }[];
      notices: { code: string; file?: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    expect(report.notices.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    const unaccepted = report.warnings.filter(
      (w) => !ACCEPTED_LINT_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')),
    );
    expect(
      unaccepted.map((w) => `${w.code} ${w.file}: ${w.message}`),
      'fix it, or justify it in web-ext-lint-allowlist.ts',
    ).toEqual([]);
    for (const a of ACCEPTED_LINT_WARNINGS) {
      const found = report.warnings.filter((w) => w.code === a.code && a.file.test(w.file ?? '')).length;
      expect(found, `${a.code} in ${a.file}: allow-list says ${a.count}; update or remove the entry`).toBe(a.count);
    }
  });
});
