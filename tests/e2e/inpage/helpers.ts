/**
 * Helpers for the in-page e2e tests: where a code's characters are on screen, hovering it, and reading
 * the popover from the UI host's open shadow root.
 */
import type { Frame, Page } from 'playwright-core';

/** Viewport centre of the first occurrence of `code` inside the element matched by `selector`. */
export async function codePoint(
  frame: Page | Frame,
  selector: string,
  code: string,
): Promise<{ x: number; y: number }> {
  const box = await frame.evaluate(
    ([sel, c]) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no element ${sel}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
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
    [selector, code] as const,
  );
  return box;
}

/** Moves the mouse to a point in small steps (so pointermove fires as it would for a person). */
export async function hover(page: Page, p: { x: number; y: number }): Promise<void> {
  await page.mouse.move(p.x - 30, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 4 });
}

/** Parks the pointer on blank space in the page's top-left corner. */
export async function parkPointer(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
}

/** The popover locator (Playwright CSS pierces open shadow roots). */
export const POPOVER = 'claimlens-ui .cl-popover';

/** The page's original content as markup, for byte-identity checks (our host excluded). */
export async function pageMarkup(frame: Page | Frame): Promise<string> {
  return frame.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll('claimlens-ui')) host.remove();
    return clone.outerHTML;
  });
}
