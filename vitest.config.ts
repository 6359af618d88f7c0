import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/** WXT's fake extension APIs stand in for the browser in unit tests (tests/helpers/fake-browser.ts). */
const FAKE_BROWSER = resolve(import.meta.dirname, 'tests/helpers/fake-browser.ts');

/** Unit test files that ask for a DOM (`// @vitest-environment happy-dom` on their first line). */
const DOM_TESTS = readdirSync(resolve(import.meta.dirname, 'tests/unit'), { recursive: true })
  .map((f) => join('tests/unit', String(f)))
  .filter((f) => /\.test\.tsx?$/.test(f))
  .filter((f) => readFileSync(resolve(import.meta.dirname, f), 'utf8').startsWith('// @vitest-environment happy-dom'));

/** Settings both unit projects share. */
const UNIT = {
  alias: { 'wxt/browser': FAKE_BROWSER },
  setupFiles: [FAKE_BROWSER],
  // Processed by Vite (not loaded natively) so they see the fake browser and the alias above.
  server: { deps: { inline: ['wxt', '@wxt-dev/storage', '@wxt-dev/browser'] } },
  // Tests never assert on time; the few heavy ones (real tables, child processes, fuzz) took up to 20 s at load 16.
  testTimeout: 30_000,
};

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...UNIT,
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: DOM_TESTS,
          environment: 'node',
          // Node-only files share a worker's module cache (the real dataset is read once per worker, not per
          // file); each resets what it changes (fakeBrowser.reset(), fake timers, selectDatasetDir's restore).
          isolate: false,
        },
      },
      {
        extends: true,
        // DOM files keep a fresh happy-dom window and module registry each: a page, highlights or a UI host
        // left behind by one file must not reach the next.
        test: { ...UNIT, name: 'unit-dom', include: DOM_TESTS, environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
