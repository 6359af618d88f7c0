/**
 * "Check this claim" in real Chromium: a selection over one claim's rows on a remittance page,
 * checked through the context-menu message path and the panel button; the row group of a code selected in
 * the panel; a clean claim; the popover's findings. Zero page errors, no egress, page DOM unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, launchExtension, type ExtensionHarness } from './harness';
import { pageMarkup, POPOVER } from './inpage/helpers';
import { scanned } from './trust/helpers';

/** Test-only chrome global inside serviceWorker.evaluate (types only; the code runs in the worker). */
interface Chrome {
  chrome: {
    tabs: {
      query(q: unknown): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
    };
  };
}

const FIXTURE = 'claim-remittance.html';
const PANEL = 'claimlens-ui .cl-panel';
const CLAIM = `${PANEL} .cl-claim`;

describe('check this claim', () => {
  let h: ExtensionHarness;
  let page: Page;
  let without: string;

  /** Sends a message to the page's top frame from the background, as the command or the context menu does. */
  const sendToTab = (type: string) =>
    h.serviceWorker.evaluate(
      async ([url, t]) => {
        const { tabs } = (globalThis as unknown as Chrome).chrome;
        const [tab] = (await tabs.query({})).filter((x) => x.url === url);
        await tabs.sendMessage(tab.id!, { type: t }, { frameId: 0 });
      },
      [page.url(), type] as const,
    );

  /** Selects from the start of element `from` to the end of element `to` (page world; a person would drag). */
  const select = (from: string, to: string) =>
    page.evaluate(
      ([a, b]) => {
        const r = document.createRange();
        r.setStartBefore(document.getElementById(a)!);
        r.setEndAfter(document.getElementById(b)!);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
      },
      [from, to] as const,
    );

  const findings = () =>
    page
      .locator(`${CLAIM} .cl-claim-finding`)
      .evaluateAll((els) =>
        els.map(
          (e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule')} ${e.getAttribute('data-codes')}`,
        ),
      );
  /** A finding's full explanation: collapsed at first (only its headline shows), read after opening it. */
  const explanation = async (finding: ReturnType<Page['locator']>) => {
    expect(await finding.locator('.cl-claim-message').isVisible()).toBe(false);
    await finding.locator('.cl-claim-more summary').click();
    return finding.locator('.cl-claim-message').innerText();
  };
  const checkedLines = () => page.locator(`${CLAIM} .cl-claim-lines li`).allInnerTexts();

  beforeAll(async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const ref = await plain.newPage();
    await ref.goto(`file://${process.cwd()}/tests/fixtures/pages/${FIXTURE}`, { waitUntil: 'load' });
    without = await pageMarkup(ref);
    await plain.close();
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    page = await h.openFixture(FIXTURE);
    // The panel lists every code once the scan is done (0213T sits in the last claim row).
    await scanned(h, page);
    await sendToTab('bgToCs:openPanel');
    await page.locator(`${PANEL} [role="option"][data-code="0213T"]`).waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a selection over claim B, checked from the context menu, shows the add-on error and the PTP indicator-0 error', async () => {
    expect(await page.locator(`${PANEL} [role="option"][data-code="0213T"]`).count()).toBe(1);
    await select('b1', 'b2');
    await sendToTab('bgToCs:checkClaim');
    await page.locator(`${CLAIM}[data-state="ready"]`).waitFor();
    expect(await page.locator(`${CLAIM}`).getAttribute('data-scope')).toBe('selection');
    expect(await page.locator(`${CLAIM} .cl-claim-scope`).innerText()).toBe('Checked 2 lines from your selection.');
    expect(await checkedLines()).toEqual(['64634 ×1', '0213T ×1']);
    expect(await findings()).toEqual(['error addon-without-primary 64634', 'error ptp-pair 64634 0213T']);
    const addOn = page.locator(`${CLAIM} [data-rule="addon-without-primary"]`);
    expect(await addOn.locator('.cl-sev').innerText()).toContain('Error'); // a word, not colour only
    expect(await addOn.locator('.cl-claim-headline').innerText()).toContain('without a billed primary');
    expect(await explanation(addOn)).toContain('64633');
    expect(await addOn.locator('.cl-source').innerText()).toMatch(/add-on code edits.*as of \d{4}-\d{2}-\d{2}/);
    expect(await explanation(page.locator(`${CLAIM} [data-rule="ptp-pair"]`))).toContain('modifier indicator 0');
    expect(await page.locator(`${CLAIM} .cl-claim-summary`).innerText()).toContain(
      'Payer-specific rules are not checked',
    );
    // The ZIPs, claim numbers and amounts of those rows never became lines.
    expect(await page.locator(`${CLAIM} .cl-claim-skipped`).count()).toBe(0);
  });

  it('the panel button checks the same selection (the click does not drop it)', async () => {
    await page.locator(`${CLAIM} .cl-close`).click();
    expect(await page.locator(CLAIM).count()).toBe(0);
    await select('b1', 'b2');
    await page.locator(`${PANEL} .cl-check`).click();
    await page.locator(`${CLAIM}[data-state="ready"]`).waitFor();
    expect(await page.locator(`${CLAIM} .cl-claim-scope`).innerText()).toBe('Checked 2 lines from your selection.');
    expect(await findings()).toEqual(['error addon-without-primary 64634', 'error ptp-pair 64634 0213T']);
  });

  it('checked as an outpatient hospital claim without imported outpatient PTP edits: PTP plainly not checked, and back', async () => {
    const setting = page.locator(`${CLAIM} .cl-claim-setting`);
    expect(await setting.getAttribute('data-setting')).toBe('practitioner');
    await setting.locator('button').click();
    await page.locator(`${CLAIM}[data-state="ready"] .cl-claim-setting[data-setting="outpatientHospital"]`).waitFor();
    expect(await checkedLines()).toEqual(['64634 ×1', '0213T ×1']);
    expect(await findings()).toEqual(['error addon-without-primary 64634']);
    const ptp = await page.locator(`${CLAIM} .cl-claim-notchecked li[data-rule="ptp-pair"]`).innerText();
    expect(ptp).toMatch(/^NCCI PTP edits were not checked for this outpatient hospital claim/);
    expect(ptp).toContain('outpatient hospital PTP files (ccioph-v###r0-f1 to f4, all four)');
    expect(ptp).toContain('Update data from CMS files');
    await page.locator(`${CLAIM} .cl-claim-setting button`).click();
    await page.locator(`${CLAIM}[data-state="ready"] .cl-claim-setting[data-setting="practitioner"]`).waitFor();
    expect(await findings()).toEqual(['error addon-without-primary 64634', 'error ptp-pair 64634 0213T']);
    expect(h.egress.requests).toEqual([]);
  });

  it('with nothing selected, C in the panel checks the row group of the selected code (claim A) and its popover shows the findings', async () => {
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    const codes = await page
      .locator(`${PANEL} [role="option"]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    await page.locator(`${PANEL} .cl-panel-list`).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < codes.indexOf('64490'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('c');
    await page.locator(`${CLAIM}[data-state="ready"]`).waitFor();
    expect(await page.locator(CLAIM).getAttribute('data-scope')).toBe('rowGroup');
    expect(await page.locator(`${CLAIM} .cl-claim-scope`).innerText()).toContain(
      'Checked 3 lines from the table section around 64490',
    );
    expect(await checkedLines()).toEqual(['64633-RT ×1', '64634 ×2', '64490-59 ×1']);
    const got = await findings();
    expect(got).toContain('info ptp-pair 64633 64490');
    expect(got.every((f) => f.startsWith('info '))).toBe(true);

    // Enter opens 64490's popover (its claim-A row): it asks with the checked lines and shows the finding.
    await page.keyboard.press('Enter');
    const popover = page.locator(`${POPOVER}[data-state="ready"]`);
    await popover.waitFor();
    expect(await popover.locator('.cl-code').innerText()).toBe('64490');
    expect(await popover.locator('.cl-finding[data-rule="ptp-pair"]').first().textContent()).toContain(
      'Bypassed by 59',
    );
    await page.keyboard.press('Escape');
    // In the panel the explanation is collapsed behind its headline until opened.
    expect(await explanation(page.locator(`${CLAIM} [data-codes="64633 64490"]`))).toMatch(/Bypassed by 59/);
  });

  it('a clean selection says what was checked and as of when, never a bare OK', async () => {
    await select('a1', 'a1');
    await sendToTab('bgToCs:checkClaim');
    await expect
      .poll(() => page.locator(`${CLAIM} .cl-claim-scope`).innerText())
      .toBe('Checked 1 line from your selection.');
    await page.locator(`${CLAIM}[data-state="ready"]`).waitFor();
    const clean = await page.locator(`${CLAIM} .cl-claim-clean`).innerText();
    expect(clean).toMatch(
      /^No NCCI add-on, PTP, MUE or bilateral problems found among these 1 line \(tables: .*as of \d{4}-\d{2}-\d{2}.*\)\. Payer-specific rules are not checked\.$/,
    );
    expect(await findings()).toEqual([]);
  });

  it('the written range in the remark is listed as not sent, and the page stays untouched and error-free', async () => {
    await select('remark', 'remark');
    await sendToTab('bgToCs:checkClaim');
    await page.locator(`${CLAIM}[data-state="error"]`).waitFor();
    expect(await page.locator(`${CLAIM} .cl-claim-skipped li`).allInnerTexts()).toEqual([
      expect.stringMatching(/^64490: part of the written range 64490–64495/),
      expect.stringMatching(/^64495: part of the written range 64490–64495/),
    ]);
    expect(await page.locator(`${CLAIM} .cl-claim-error`).innerText()).toContain('No claim lines to check');
    expect(await page.evaluate(() => document.body.querySelectorAll('claimlens-ui').length)).toBe(0);
    expect(await pageMarkup(page)).toBe(without);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.diagnostics.consoleErrors(h.server.origin)).toEqual([]);
    expect(h.egress.requests).toEqual([]);
  });
});
