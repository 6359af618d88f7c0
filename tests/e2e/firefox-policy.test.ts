/**
 * Managed policy in a real Firefox: `policies.json` with `3rdparty.Extensions` (harness/firefox.ts) reaches
 * ClaimLens as `storage.managed`; the options page shows the preset payers locked and the invalid value as a note.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { FIREFOX_POLICY_FILE, launchFirefox, writeFirefoxPolicy, type FirefoxHarness } from './harness/firefox';

describe('managed policy in Firefox', () => {
  let removePolicy: (() => void) | undefined;
  let h: FirefoxHarness;
  let options: Page;

  beforeAll(async () => {
    // Another checkout's test run on the same machine may hold the one policy file Firefox reads: wait for it.
    for (let i = 0; i < 120 && existsSync(FIREFOX_POLICY_FILE); i++) await new Promise((r) => setTimeout(r, 500));
    removePolicy = writeFirefoxPolicy({
      payers: ['medicare', 'aetna'],
      lockedSettings: ['payers'],
      disabledImports: ['descriptors'],
      bcbsPlan: 'Not A Plan!',
    });
    h = await launchFirefox();
    options = await h.openExtensionPage('options.html');
  });

  afterAll(async () => {
    removePolicy?.();
    await h?.close();
  });

  it('presets and locks the payers, turns the descriptor import off and notes the invalid plan', async () => {
    await options.waitForFunction(
      () => (document.querySelector('#payers input[data-payer="aetna"]') as HTMLInputElement | null)?.disabled === true,
      { timeout: 20_000 },
    );
    const state = await options.evaluate(() => {
      const box = (id: string) => document.querySelector(`#payers input[data-payer="${id}"]`) as HTMLInputElement;
      return {
        checked: ['medicare', 'aetna', 'cigna'].map((id) => box(id).checked),
        disabled: ['medicare', 'aetna', 'cigna'].map((id) => box(id).disabled),
        notes: [...document.querySelectorAll('#policy .cl-policy-notes li')].map((li) => li.textContent),
        descriptors: document.querySelector('#imports [data-import="descriptors"]')?.getAttribute('data-off'),
      };
    });
    expect(state).toEqual({
      checked: [true, true, false],
      disabled: [true, true, true],
      notes: [expect.stringMatching(/^bcbsPlan: expected a plan id .*; ignored$/)],
      descriptors: 'policy',
    });
    expect(h.pageErrors).toEqual([]);
  });
});
