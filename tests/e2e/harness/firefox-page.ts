/**
 * Page helpers for the Firefox e2e files (puppeteer-core over WebDriver BiDi), which have no Playwright
 * auto-waiting: a polling wait and a code's on-screen point.
 */
import type { Page } from 'puppeteer-core';
import { codeCentreInPage } from './code-centre';

/** Polls `probe` until true; throws naming `what` after `timeoutMs`. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Centre of the first occurrence of `code` in the element `selector`. */
export function codePoint(page: Page, selector: string, code: string) {
  return page.evaluate(codeCentreInPage, [selector, code] as const);
}
