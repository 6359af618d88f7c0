/**
 * Managed policy in real Chromium: a policy file (harness/chromium-policy.ts) presets sites and payers, locks them,
 * turns imports off and carries one invalid value. The options page shows what the organisation set, disabled; the
 * invalid value is ignored with a note; the policy site this browser has no access to gets a one-click request; the
 * popover follows the preset payers; and a change of the policy file applies without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_EXTENSION_DIR, launchExtension, type ExtensionHarness } from './harness';
import { writeChromiumPolicy, type ChromiumPolicy } from './harness/chromium-policy';
import { allStorage, openPopover, serveUngranted, UNGRANTED_ORIGIN, waitUntil } from './trust/helpers';

const POLICY = {
  enabledSites: ['http://127.0.0.1', UNGRANTED_ORIGIN],
  payers: ['medicare', 'aetna'],
  macJurisdiction: 'JF',
  bcbsPlan: 'Not A Plan!',
  lockedSettings: ['enabledSites', 'payers'],
  disabledImports: ['descriptors', 'settings'],
};

describe('managed policy', () => {
  let policy: ChromiumPolicy;
  let h: ExtensionHarness;
  let options: Page;

  beforeAll(async () => {
    policy = writeChromiumPolicy(E2E_EXTENSION_DIR, POLICY);
    h = await launchExtension();
    if (h.extensionId !== policy.extensionId)
      throw new Error(`e2e: the policy names ${policy.extensionId} but the extension loaded as ${h.extensionId}`);
    await serveUngranted(h);
    await waitUntil(async () => (await allStorage(h)).includes('"aetna"'), 'the policy to reach the settings');
    options = await h.openOptions();
    await options.locator('main[data-loaded="true"] #policy').waitFor();
  });

  afterAll(async () => {
    policy?.remove();
    await h?.close();
  });

  it('shows the organisation’s payers checked and locked, and its MAC preset but still the user’s to change', async () => {
    for (const id of ['medicare', 'aetna']) {
      const box = options.locator(`#payers input[data-payer="${id}"]`);
      expect(await box.isChecked()).toBe(true);
      expect(await box.isDisabled()).toBe(true);
    }
    expect(await options.locator('#payers input[data-payer="cigna"]').isDisabled()).toBe(true);
    expect(await options.locator('#payers legend').innerText()).toContain('set by your organisation');
    expect(await options.locator('#mac').inputValue()).toBe('JF');
    expect(await options.locator('#mac').isDisabled()).toBe(false);
  });

  it('ignores the invalid plan with a note naming it, and keeps everything else', async () => {
    const notes = await options.locator('#policy .cl-policy-notes li').allInnerTexts();
    expect(notes).toEqual([expect.stringMatching(/^bcbsPlan: expected a plan id .*; ignored$/)]);
    expect(notes.join()).not.toContain('Not A Plan');
    expect(await options.locator('#bcbs-plan').inputValue()).toBe('');
  });

  it('turns the descriptor and settings imports off, leaves the notes import on', async () => {
    for (const kind of ['descriptors', 'settings']) {
      const row = options.locator(`#imports [data-import="${kind}"]`);
      expect(await row.getAttribute('data-off')).toBe('policy');
      expect(await row.innerText()).toContain('turned off by your organisation');
      expect(await row.locator('input[type="file"]').count()).toBe(0);
    }
    expect(await options.locator('#imports [data-import="orgNotes"] input[type="file"]').count()).toBe(1);
  });

  it('enables the granted policy site (locked: no Remove) and asks in one click for the one without access', async () => {
    const site = options.locator('#sites li[data-origin="http://127.0.0.1"]');
    await site.waitFor();
    expect(await site.innerText()).toContain('set by your organisation');
    expect(await site.locator('button').count()).toBe(0);
    const pending = options.locator('#policy .cl-policy-sites');
    expect(await pending.innerText()).toContain(`Your organisation enabled ${UNGRANTED_ORIGIN}`);
    expect(await pending.getByRole('button', { name: 'Grant access' }).count()).toBe(1);
    // The background refuses to remove a locked site even when asked directly.
    const answer = await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'uiToBg:removeSite', origin: 'http://127.0.0.1' }),
    );
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('set by your organisation') });
  });

  it('the popover shows the preset payers’ notes', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    await openPopover(page, '#c-64634', '64634');
    const payers = await page
      .locator('claimlens-ui .cl-popover[data-state="ready"] .cl-payer')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-payer')));
    expect(payers).toEqual(['medicare', 'aetna']);
    await page.close();
  });

  it('a policy change applies without a restart', async () => {
    policy.update({ ...POLICY, payers: ['cigna'], bcbsPlan: 'anthem' });
    // Chromium notices the changed file by itself (a file watcher and a few seconds' settle time).
    await waitUntil(
      async () => (await options.locator('#payers input[data-payer="cigna"]').isChecked()) === true,
      'the options page to follow the new policy',
      45_000,
    );
    expect(await options.locator('#payers input[data-payer="medicare"]').isChecked()).toBe(false);
    expect(await options.locator('#policy .cl-policy-notes').count()).toBe(0);
    expect(await options.locator('#bcbs-plan').inputValue()).toBe('anthem');
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.egress.requests).toEqual([]);
  }, 60_000);
});
