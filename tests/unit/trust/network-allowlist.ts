/**
 * The only places the built extension may contain a network-capable or code-from-string API. The bundle scan
 * (tests/e2e/trust/build-outputs.test.ts, over every build output) fails on any hit not listed here, on an
 * entry whose hit count changed, and on an entry nothing matches any more (so the list never goes stale).
 *
 * Adding an entry is a reviewed decision: say what the call fetches, why it can only reach the extension's
 * own origin, and what else stops it (the extension-pages CSP is `connect-src 'self'`).
 */
import type { BannedApi } from './bundle-scan';

/** One justified hit (or a fixed number of hits) of a banned API in one built file. */
export interface NetworkAllowance {
  api: BannedApi;
  /**
   * Built file, relative to the output directory (`background.js`, `chunks/<name>-<hash>.js`). Vite names shared
   * chunks after one of their modules, and that changes as pages are added, so page chunks match any
   * `chunks/*.js`; the `context` pattern is what pins an entry to its call.
   */
  file: RegExp;
  /** Must match the minified code around the hit (±120 characters), pinning the entry to that call. */
  context: RegExp;
  /** Exact number of hits this entry covers in each matching file. */
  count: number;
  /** Why this is safe, for a reviewer. */
  why: string;
}

export const NETWORK_ALLOWLIST: readonly NetworkAllowance[] = [
  {
    api: 'fetch',
    file: /^background\.js$/,
    // entrypoints/background.ts: `installBackground(browser, { fetch: (url) => fetch(url), … })`
    context: /fetch:\(?([\w$]+)\)?=>fetch\(\1\)/,
    count: 1,
    why:
      'The one reference to the global fetch: the service worker hands it to lib/background, whose only caller ' +
      "(load-artifacts.ts, next entry) passes browser.runtime.getURL(...) — the extension's own data/ files. " +
      "The extension-pages CSP (connect-src 'self') blocks any other origin even if that changed.",
  },
  {
    api: 'fetch',
    file: /^background\.js$/,
    // lib/background/install.ts → lazyDataset: `await deps.fetch(browser.runtime.getURL(`/${path}`))`
    context: /\.fetch\([\w$]+\.runtime\.getURL\(`\/\$\{[\w$]+\}`\)\)/,
    count: 1,
    why: 'Reads the bundled dataset artifacts (data/*.json, data/ptp.bin) from the extension package itself via runtime.getURL.',
  },
  {
    api: 'fetch',
    file: /^chunks\/[\w.-]+\.js$/,
    // components/extension/browser-port.ts (shared by popup and options): `readJson: (path) => fetch(browser.runtime.getURL(`/${path}`))`
    context: /fetch\([\w$.]+\.runtime\.getURL\(`\/\$\{[\w$]+\}`\)\)/,
    count: 1,
    why:
      'The popup and options pages read the bundled search index and code lists (data/*.json) from the extension package via ' +
      "runtime.getURL; the path is a constant from components/popup/search-loader.ts. CSP connect-src 'self' applies.",
  },
  {
    api: 'fetch',
    file: /^chunks\/[\w.-]+\.js$/,
    // Vite's modulepreload polyfill: `function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}`
    context: /\.ep=!0;.{0,40}fetch\([\w$]+\.href,[\w$]+\)/,
    count: 1,
    why:
      'Vite\'s modulepreload polyfill in the popup/options pages: it fetches the href of <link rel="modulepreload"> ' +
      "tags, which are only the extension's own relative chunk URLs (the scan checks the built HTML has no " +
      "remote URL). CSP connect-src 'self' applies. Removable with vite build.modulePreload.polyfill = false.",
  },
];
