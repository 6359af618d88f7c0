/**
 * Hover inside open shadow roots (LWC/Polymer-style portals): a code in an open root opens its popover on
 * hover like one in the light DOM, and the highlight rules reach into the roots holding codes (adopted
 * sheets, no elements added). Closed roots stay out of reach by design.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { hoverUntilShown, POPOVER } from './inpage/helpers';
import { scanned, selectPayers, waitUntil } from './trust/helpers';

describe('hover in open shadow roots', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    await selectPayers(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('hovering 64634 inside an open root opens a popover naming its primary 64633, with zero page errors', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-shadow.html');
    await scanned(h, page);
    // Playwright's CSS engine pierces open shadow roots; the box is the code span's.
    const box = (await page.locator('#open-code').boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await hoverUntilShown(page, point);
    const popover = page.locator(`${POPOVER}[data-state="ready"]`);
    await popover.waitFor();
    expect(await popover.locator('.cl-code').innerText()).toBe('64634');
    expect(await popover.locator('.cl-primaries').innerText()).toContain('64633');
    // Blank space in the same root, past the end of the line, is not the code: moving there from the code closes
    // its popover (a hit test that snapped to the nearest text would keep it open, and this wait would time out).
    await page.mouse.move((page.viewportSize()?.width ?? 800) - 20, point.y, { steps: 4 });
    await page.locator(POPOVER).waitFor({ state: 'detached' });
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });

  it('the highlight rules are adopted into the open roots holding codes, without adding elements', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-shadow.html');
    await scanned(h, page);
    const state = () =>
      page.evaluate(() => {
        const open = document.getElementById('open-host')!.shadowRoot!;
        const nested = open.getElementById('nested')!.shadowRoot!;
        const styled = (r: ShadowRoot) =>
          r.adoptedStyleSheets.some((s) =>
            [...s.cssRules].some((c) => c.cssText.includes('::highlight(claimlens-code)')),
          );
        return {
          open: styled(open),
          nested: styled(nested),
          openChildren: open.childElementCount,
          nestedChildren: nested.childElementCount,
        };
      });
    await waitUntil(async () => {
      const s = await state();
      return s.open && s.nested;
    }, 'highlight rules in both open roots');
    expect(await state()).toEqual({ open: true, nested: true, openChildren: 2, nestedChildren: 1 });
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });
});
