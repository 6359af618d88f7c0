/**
 * The demo's remittance page (remittance.html): waits for the adjustment codes to be marked, hovers CO-97
 * on the 77003 row and saves the popover that names the edit behind the denial, plus the whole page.
 */
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../../tests/e2e/harness';
import { codePoint, hover, parkPointer, POPOVER } from '../../tests/e2e/inpage/helpers';
import { DemoError } from './errors';

const OPEN_TIMEOUT_MS = 15_000;

/** What the remittance part of the demo saw. */
export interface RemittanceDemo {
  url: string;
  /** The CO-97 popover's likely-cause line. */
  co97Cause: string;
}

/** Hovers CO-97 on the 77003 row until its explanation (with the likely cause) shows. */
async function openCo97(page: Page): Promise<string> {
  const point = await codePoint(page, '#c1-l3', 'CO-97');
  const cause = page.locator(`${POPOVER} .cl-adjustment[data-adjustment="CO-97"] .cl-adjustment-cause`);
  const deadline = Date.now() + OPEN_TIMEOUT_MS;
  while ((await cause.count()) === 0) {
    if (Date.now() > deadline)
      throw new DemoError(`hovering CO-97 showed no explanation within ${OPEN_TIMEOUT_MS / 1000} s`);
    await parkPointer(page);
    await hover(page, point);
    await page.waitForTimeout(700);
  }
  return ((await cause.textContent()) ?? '').trim();
}

/** Runs the remittance page; `shot` saves a screenshot under the demo's output folder. */
export async function runRemittanceDemo(
  h: ExtensionHarness,
  shot: (page: Page, name: string, fullPage?: boolean) => Promise<void>,
  print: (line: string) => void,
): Promise<RemittanceDemo> {
  const page = await h.openFixture('remittance.html');
  print('');
  print(`Page      ${page.url()}`);
  const co97Cause = await openCo97(page);
  await shot(page, 'remittance-co97.png');
  print('Hover CO-97 on the 77003 row (claim FAC1001): the popover explains the adjustment and its likely cause:');
  print(`  ${co97Cause}`);
  await page.keyboard.press('Escape');
  await parkPointer(page);
  await shot(page, 'remittance.png', true);
  const url = page.url();
  await page.close();
  return { url, co97Cause };
}
