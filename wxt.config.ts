import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type ContentScriptEntrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * Origins the e2e fixture server runs on. Only the `e2e` mode build (`.output/chrome-mv3-e2e/`) gets host
 * access to them, plus a static content script there, so tests need no permission prompt. Production builds
 * never hold host access (DEVELOPERS.md rule 2): sites are granted at runtime through optional permissions.
 */
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

// `wxt build --mode e2e` sets NODE_ENV=e2e, so Vite and the Preact preset would emit development JSX (with
// absolute source paths). The e2e variant must be the production bundle plus test-only host access.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

/**
 * Generated dataset artifacts (`data/*.json`, `data/*.bin` at the top of data/) that the service worker reads
 * with `fetch(browser.runtime.getURL('/data/<name>'))` (lib/background/load-artifacts.ts). Sub-folders hold
 * sources bundled by import, not copied.
 */
const DATA_DIR = resolve(import.meta.dirname, 'data');
const dataArtifacts = (): string[] =>
  existsSync(DATA_DIR)
    ? readdirSync(DATA_DIR)
        .filter((name) => /\.(json|bin)$/.test(name))
        .sort()
    : [];

type RunAt = 'document_start' | 'document_end' | 'document_idle';

/**
 * Content scripts built on the browser's own extension namespace instead of the webextension polyfill: the
 * highlight-sheet script calls no extension API (only WXT's wrapper reads `runtime.id`); the content script
 * uses only APIs that return promises natively in Chromium's MV3 (`runtime.sendMessage`, `storage.*`) and
 * answers messages through `sendResponse` (entrypoints/content/features/messages.ts), so the polyfill
 * (~2.7 KB gzip) would only add load time to every page (docs/performance.md, bundle).
 */
const NATIVE_API_SCRIPTS = new Set(['highlight-sheet', 'content']);
const NATIVE_BROWSER = '\0claimlens-native-browser';

/**
 * WXT's content-script wrapper imports `wxt/browser` (for `ContentScriptContext.isInvalid`), which brings the
 * webextension polyfill (~10 KB raw) into every content script. The scripts of {@link NATIVE_API_SCRIPTS}
 * get the browser's own namespace instead (docs/performance.md, session 5 and the in-page UI section).
 */
const nativeBrowserFor = (names: Set<string>): Plugin => {
  let active = false;
  return {
    name: 'claimlens:native-browser',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      active = !!lib && typeof lib.fileName === 'string' && names.has(lib.fileName);
    },
    resolveId(id) {
      return active && id === 'webextension-polyfill' ? NATIVE_BROWSER : null;
    },
    load(id) {
      if (id !== NATIVE_BROWSER) return null;
      // Judged by a function a page cannot fake: on a page injected into (one-off use), an element named
      // `browser` (a form with a `runtime` field) can stand where Chromium would have put `browser`.
      return [
        "const api = (ns) => typeof ns?.runtime?.sendMessage === 'function';",
        'export default api(globalThis.browser) ? globalThis.browser : globalThis.chrome;',
      ].join('\n');
    },
  };
};

/**
 * Content scripts that the extension registers at runtime: build paths (relative to the output dir) and when
 * each runs (its own `runAt`; the highlight-sheet script runs at document_start, the content script at idle).
 */
let runtimeContentScripts: { name: string; js: string; css?: string; runAt: RunAt; originFallback: boolean }[] = [];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: grepping for network and storage APIs must be reliable (conventions A6.2).
  imports: false,
  vite: ({ command, mode }) => {
    // WXT keeps an inherited NODE_ENV (`??=`): a build started from vitest ("test") or any shell that exports one
    // would make Vite and the Preact preset emit development JSX carrying absolute source paths. Every build
    // except `--mode development` is the production bundle (scripts/release/store-build.ts refuses the paths).
    if (command === 'build' && mode !== 'development') process.env.NODE_ENV = 'production';
    return { plugins: [preact(), nativeBrowserFor(NATIVE_API_SCRIPTS)] };
  },
  manifest: ({ browser, command }) => ({
    name: 'ClaimLens',
    description:
      'Explains CPT and HCPCS codes on payer-portal pages from bundled public CMS data. Nothing leaves your browser.',
    // contextMenus: "Explain codes on this page" / "Look up selected code" (one-off use through activeTab).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // What an organisation's IT may set through policy (storage.managed; README "For IT administrators").
    storage: { managed_schema: 'managed_schema.json' },
    // The user enables a site from the popup; the content script is then registered for that origin only.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      // connect-src 'self' (not 'none'): the service worker fetches its own data/*.bin from chrome-extension://.
      // `wxt` dev serves pages from a localhost Vite server with a websocket, so only dev relaxes connect-src.
      extension_pages:
        command === 'serve'
          ? "script-src 'self'; object-src 'self'; connect-src 'self' http://localhost:* ws://localhost:*;"
          : "script-src 'self'; object-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none';",
    },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'List the codes found on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.dev',
              // 140: first Firefox with data_collection_permissions and the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // 142: first Firefox for Android that honours data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Store packages come from `npm run zip` (scripts/release/): reproducible archives, e2e variant refused.
    // WXT's own zip stamps the current time into every entry, so it is switched off rather than left as a
    // second, non-reproducible way to package — and the e2e variant could otherwise be zipped with `--mode e2e`.
    'zip:start': (wxt) => {
      const variant = wxt.config.mode === 'e2e' ? 'The e2e variant is never packaged. ' : '';
      throw new Error(`${variant}Make store packages with \`npm run zip\` (reproducible), not \`wxt zip\`.`);
    },
    'build:publicAssets': (_wxt, files) => {
      // Produced by `npm run build:data`; a file not generated yet is skipped, not a build error.
      for (const name of dataArtifacts())
        files.push({ absoluteSrc: join(DATA_DIR, name), relativeDest: `data/${name}` });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const name of dataArtifacts()) paths.push(`data/${name}`);
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      runtimeContentScripts = entrypoints
        .filter((entry): entry is ContentScriptEntrypoint => entry.type === 'content-script')
        .filter((entry) => entry.options.registration === 'runtime')
        .map((entry) => {
          const base = relative(wxt.config.outDir, join(entry.outputDir, entry.name)).replaceAll('\\', '/');
          // Only "manifest" CSS (WXT's default) belongs in the page; "ui"/"manual" CSS goes into a shadow root.
          const pageCss = (entry.options.cssInjectionMode ?? 'manifest') === 'manifest';
          const runAt: RunAt = entry.options.runAt ?? 'document_idle';
          // srcdoc / about:blank frames of an enabled site (lib/sites/registration.ts sets the same at runtime).
          const originFallback = entry.options.matchOriginAsFallback === true;
          return {
            name: entry.name,
            js: `${base}.js`,
            css: pageCss ? `${base}.css` : undefined,
            runAt,
            originFallback,
          };
        });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // WXT turns a runtime content script's `matches` into host_permissions; least privilege forbids that.
      const granted = manifest.host_permissions ?? [];
      if (wxt.config.mode === 'e2e') {
        manifest.host_permissions = [...E2E_MATCHES];
        type StaticContentScript = NonNullable<typeof manifest.content_scripts>[number];
        const staticScripts = runtimeContentScripts.map((script): StaticContentScript => {
          const css = script.css && existsSync(join(wxt.config.outDir, script.css)) ? [script.css] : [];
          return {
            matches: [...E2E_MATCHES],
            js: [script.js],
            ...(css.length > 0 ? { css } : {}),
            all_frames: true,
            ...(script.originFallback ? { match_about_blank: true, match_origin_as_fallback: true } : {}),
            // Same timing as the runtime registration (lib/sites/registration.ts), so e2e pages see what users get.
            run_at: script.runAt as StaticContentScript['run_at'],
          };
        });
        manifest.content_scripts = [...(manifest.content_scripts ?? []), ...staticScripts];
      } else if (wxt.config.command === 'build' && granted.length > 0) {
        wxt.logger.warn(`Removed host_permissions ${JSON.stringify(granted)}: sites are granted at runtime only.`);
        delete manifest.host_permissions;
      }
      const text = JSON.stringify(manifest);
      if (text.includes('<all_urls>'))
        throw new Error('Manifest must never contain <all_urls> (DEVELOPERS.md rule 2).');
    },
  },
});
