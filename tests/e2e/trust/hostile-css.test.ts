/**
 * A page whose CSS targets every element, including our <claimlens-ui> host:
 * the popover and its host keep the computed style they have on a clean page, with zero page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../harness';
import { codePoint, hoverUntilShown, openPopover, POPOVER, popoverLook, selectPayers } from './helpers';

describe('hostile CSS', () => {
  let h: ExtensionHarness;
  let clean: Awaited<ReturnType<typeof popoverLook>>;

  beforeAll(async () => {
    h = await launchExtension();
    await selectPayers(h);
    const page = await h.openFixture('hostile-clean.html');
    await openPopover(page, '#c1', '64634');
    clean = await popoverLook(page);
    await page.close();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('CSS aimed at every element (and at our host by name) does not restyle the popover or its host', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-css.html');
    // `* { display: block }` makes the code's span a full-width block: hover its first characters.
    const p = await codePoint(page, '#c1', '64634');
    await hoverUntilShown(page, p, {
      selector: `${POPOVER}[data-state="ready"]`,
      move: async (pg, at) => {
        await pg.mouse.move(at.x - 5, at.y, { steps: 4 });
        await pg.mouse.move(at.x, at.y, { steps: 2 });
      },
    });
    expect(await popoverLook(page)).toEqual(clean);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.egress.requests).toEqual([]);
    await page.close();
  });
});
