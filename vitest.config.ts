import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/** WXT's fake extension APIs stand in for the browser in unit tests (tests/helpers/fake-browser.ts). */
const FAKE_BROWSER = resolve(import.meta.dirname, 'tests/helpers/fake-browser.ts');

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          alias: { 'wxt/browser': FAKE_BROWSER },
          setupFiles: [FAKE_BROWSER],
          // Processed by Vite (not loaded natively) so they see the fake browser and the alias above.
          server: { deps: { inline: ['wxt', '@wxt-dev/storage', '@wxt-dev/browser'] } },
          // Generous: CI machines have 2 cores and some tests load the 1.67 M-edit PTP table. Tests never assert on time.
          testTimeout: 30_000,
        },
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
