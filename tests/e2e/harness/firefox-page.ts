/**
 * Page helpers for the Firefox e2e files (puppeteer-core over WebDriver BiDi), which have no Playwright
 * auto-waiting: a polling wait and a code's on-screen point.
 */
import type { Page } from 'puppeteer-core';

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
  return page.evaluate(
    (sel, c) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(c);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + c.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error(`${c} not in ${sel}`);
    },
    selector,
    code,
  );
}
