import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
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

/**
 * E2e files that change something every browser of the run reads, or load or rebuild a build folder that
 * tests/e2e/release/packages.test.ts rebuilds: they run one at a time, after the other e2e files.
 */
const E2E_EXCLUSIVE = [
  // Chromium's managed policy for the e2e build's extension id: every e2e Chromium reads it.
  'tests/e2e/policy.test.ts',
  // /etc/firefox/policies/policies.json: every Firefox reads it.
  'tests/e2e/firefox-policy.test.ts',
  // The production folders (.output/chrome-mv3, firefox-mv3).
  'tests/e2e/trust/build-outputs.test.ts',
  'tests/e2e/trust/hostile-closed-ui.test.ts',
  'tests/e2e/firefox-trust-data.test.ts',
  // Reads .output/chrome-mv3/manifest.json, which packages.test's `npm run zip` empties and rebuilds.
  'tests/e2e/smoke.test.ts',
];

/**
 * The e2e file that takes longest (it builds the store packages and installs the sources package's
 * dependencies) starts first, so the other files run beside it instead of after it.
 */
const E2E_FIRST = 'tests/e2e/release/packages.test.ts';

/** Vitest's order (its cached durations, else file size), with {@link E2E_FIRST} moved to the front. */
class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.moduleId.endsWith(E2E_FIRST);
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

export default defineConfig({
  plugins: [preact()],
  test: {
    sequence: { sequencer: LongestFirstSequencer },
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
          exclude: E2E_EXCLUSIVE,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: each mostly waits on its browser (hover delays, page loads) or on a build, so two
          // overlap well even on a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-exclusive',
          include: E2E_EXCLUSIVE,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
