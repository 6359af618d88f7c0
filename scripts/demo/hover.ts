/**
 * Hovering a code on the demo page the way a person would (small pointer steps, then resting past the
 * hover-intent delay), reusing the in-page e2e helpers for where a code's characters are on screen.
 */
import type { Page } from 'playwright-core';
import { codePoint, hover, parkPointer, POPOVER } from '../../tests/e2e/inpage/helpers';
import { DemoError } from './errors';

/** ClaimLens's default hover-intent delay (lib/settings/defaults.ts), plus slack for a loaded machine. */
const SETTLE_MS = 300 + 200;
/** How long a popover may take to open while the scanner is still finishing. */
const OPEN_TIMEOUT_MS = 10_000;

/** Where a code is: an element selector on the demo page and the code's text inside it. */
export interface Target {
  selector: string;
  text: string;
}

/** Hovers `target` until the popover opens and shows its details; fails with a clear message if it never does. */
export async function openPopover(page: Page, target: Target): Promise<void> {
  const point = await codePoint(page, target.selector, target.text);
  const deadline = Date.now() + OPEN_TIMEOUT_MS;
  for (;;) {
    await hover(page, point);
    await page.waitForTimeout(SETTLE_MS);
    if ((await page.locator(POPOVER).count()) === 1) break;
    if (Date.now() > deadline)
      throw new DemoError(`hovering ${target.text} opened no popover within ${OPEN_TIMEOUT_MS / 1000} s`);
    await parkPointer(page);
  }
  const ready = page.locator(`${POPOVER}[data-state="ready"]`);
  try {
    await ready.waitFor({ timeout: OPEN_TIMEOUT_MS });
  } catch {
    const state = await page.locator(POPOVER).getAttribute('data-state');
    throw new DemoError(`the ${target.text} popover never showed its details (state: ${state ?? 'closed'})`);
  }
}

/** Rests the pointer on `target` past the hover delay; true when a popover opened (it is closed again). */
export async function hoverOpensPopover(page: Page, target: Target): Promise<boolean> {
  await hover(page, await codePoint(page, target.selector, target.text));
  await page.waitForTimeout(SETTLE_MS + 200);
  return (await page.locator(POPOVER).count()) > 0;
}

/** Closes any popover (Escape) and parks the pointer on blank space. */
export async function closePopover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await parkPointer(page);
  await page.locator(POPOVER).waitFor({ state: 'detached', timeout: 5_000 });
}
