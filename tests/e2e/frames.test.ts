/**
 * Codes in frames without a URL of their own (portals render EOB and claim previews in `srcdoc` and
 * `about:blank` frames): the content script and the highlight-sheet script run there as in any frame of an
 * enabled site (`matchOriginAsFallback`, lib/sites/registration.ts), so those codes are marked and hoverable.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { codePoint, hover, parkPointer, POPOVER } from './inpage/helpers';
import { selectPayers, waitUntil } from './trust/helpers';

/** The frame of `page` whose element has id `id` (srcdoc and about:blank frames have no telling URL). */
async function frameById(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

/** Hovers `code` inside `frame` (placed at `frameId` in the page) until its popover is ready in that frame. */
async function openInFrame(page: Page, frameId: string, selector: string, code: string) {
  const frame = await frameById(page, frameId);
  const inFrame = await codePoint(frame, selector, code);
  const offset = (await page.locator(`#${frameId}`).boundingBox())!;
  const point = { x: offset.x + 1 + inFrame.x, y: offset.y + 1 + inFrame.y };
  await waitUntil(async () => {
    await parkPointer(page);
    await hover(page, point);
    await frame
      .locator(`${POPOVER}[data-state="ready"]`)
      .waitFor({ timeout: 1_500 })
      .catch(() => undefined);
    return (await frame.locator(`${POPOVER}[data-state="ready"]`).count()) === 1;
  }, `a popover for ${code} in #${frameId}`);
  return frame.locator(`${POPOVER}[data-state="ready"]`);
}

describe('codes in srcdoc and about:blank frames', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    await selectPayers(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('hovering 64634 in a srcdoc frame opens its popover in that frame, naming its primary 64633', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('inpage-srcdoc.html');
    const popover = await openInFrame(page, 'srcdoc', '#srcdoc-64634', '64634');
    expect(await popover.locator('.cl-code').innerText()).toBe('64634');
    expect(await popover.locator('.cl-primaries').innerText()).toContain('64633');
    // The popover lives in the frame's own document, not the top page (which holds no code).
    expect(await page.locator(POPOVER).count()).toBe(0);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });

  it('a code the page writes into an about:blank frame opens its popover too', async () => {
    const page = await h.openFixture('inpage-srcdoc.html');
    const popover = await openInFrame(page, 'blank', '#blank-code', '77003');
    expect(await popover.locator('.cl-code').innerText()).toBe('77003');
    await page.close();
  });

  it('the highlight-sheet script follows: both frames adopt the highlight rules and mark their codes', async () => {
    const page = await h.openFixture('inpage-srcdoc.html');
    const state = async (id: string) =>
      (await frameById(page, id)).evaluate(() => ({
        sheet: document.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(claimlens-code)')),
        ),
        marked: CSS.highlights.size > 0,
      }));
    for (const id of ['srcdoc', 'blank'])
      await waitUntil(async () => {
        const s = await state(id);
        return s.sheet && s.marked;
      }, `highlight rules and marks in #${id}`);
    await page.close();
  });
});
