/**
 * Helpers for the in-page e2e tests: where a code's characters are on screen, hovering it, and reading
 * the popover from the UI host's open shadow root.
 */
import type { Frame, Page } from 'playwright-core';
import { codeCentreInPage } from '../harness/code-centre';

/** Viewport centre of the first occurrence of `code` inside the element matched by `selector`. */
export async function codePoint(
  frame: Page | Frame,
  selector: string,
  code: string,
): Promise<{ x: number; y: number }> {
  return frame.evaluate(codeCentreInPage, [selector, code] as const);
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

/** Texts of the ranges ClaimLens marks (CSS highlight `claimlens-code`) inside the element `selector`. */
export function markedIn(frame: Page | Frame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
    return [...(registry.get('claimlens-code') ?? [])]
      .filter((r) => el.contains(r.startContainer))
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
  }, selector);
}

/** The popover locator (Playwright CSS pierces open shadow roots). */
export const POPOVER = 'claimlens-ui .cl-popover';

/**
 * Moves the mouse from `from` to `to` in steps of at most 4 px, checking after every step that `popover` is
 * still drawn; returns the step at which it was gone, or -1 if it stayed open all the way.
 */
export async function walkInto(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  popover = POPOVER,
): Promise<number> {
  const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4);
  let closedAt = -1;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    if (closedAt < 0 && (await page.locator(popover).count()) === 0) closedAt = i;
  }
  return closedAt;
}

/** Viewport centre of the first element matching `selector`. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The page's original content as markup, for byte-identity checks (our host excluded). */
export async function pageMarkup(frame: Page | Frame): Promise<string> {
  return frame.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll('claimlens-ui')) host.remove();
    return clone.outerHTML;
  });
}

/** How long one hover waits for its popover before the pointer leaves and comes back. */
const HOVER_ATTEMPT_MS = 1_500;

/** Options for {@link hoverUntilShown}. */
export interface HoverUntilShownOptions {
  /** Where the popover renders (a frame's own UI host); default the page. */
  frame?: Page | Frame;
  /** What must appear; default the code popover. */
  selector?: string;
  /** How the pointer reaches the point; default {@link hover}. */
  move?: (page: Page, point: { x: number; y: number }) => Promise<void>;
  timeoutMs?: number;
}

/**
 * Hovers `point` until `selector` (the code popover unless told) is in `frame`, and returns its locator. Each
 * attempt waits for the element itself, never a fixed time; when it does not come (right after load the scanner
 * may not hold the code yet) the pointer parks and comes back. Fails if more than one element matches.
 */
export async function hoverUntilShown(page: Page, point: { x: number; y: number }, o: HoverUntilShownOptions = {}) {
  const { frame = page, selector = POPOVER, move = hover, timeoutMs = 15_000 } = o;
  const target = frame.locator(selector);
  // A background tab gets no animation frames, and the hover hit test runs in one: the page must be in front.
  await page.bringToFront();
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Parked, an unpinned popover from an earlier hover closes: wait for that, or it would pass for this one.
    await parkPointer(page);
    await target.waitFor({ state: 'detached', timeout: HOVER_ATTEMPT_MS }).catch(() => undefined);
    await move(page, point);
    const left = until - Date.now();
    const shown = await target.waitFor({ timeout: Math.max(1, Math.min(HOVER_ATTEMPT_MS, left)) }).then(
      () => true,
      (error: Error) => {
        if (/strict mode violation/.test(error.message)) throw error;
        return false;
      },
    );
    if (shown) return target;
    if (Date.now() >= until) throw new Error(`timed out hovering (${point.x}, ${point.y}) for ${selector}`);
  }
}

/**
 * The text of every ClaimLens highlight range (any style) that lies inside the element matched by `selector`.
 * The marks are drawn from the scanner's matches, which are also what the hover hit test reads: an element
 * with no mark after the scan holds no code a hover could open.
 */
export function markedTexts(frame: Page | Frame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimlens')) continue;
      for (const r of highlight) if (el.contains(r.startContainer) || el === r.startContainer) out.push(r.toString());
    }
    return out;
  }, selector);
}
