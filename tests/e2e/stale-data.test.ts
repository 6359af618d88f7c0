/**
 * Staleness is never silent (lib/dataset/staleness.ts): the popover warns, in words and styled as a warning,
 * when a table it uses is more than a quarter older than today. The bundled PTP table is from 2024-07-01,
 * so on any date after 2024-12-31 the warning must be there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { codePoint, hover, parkPointer, POPOVER } from './inpage/helpers';

describe('stale-data warning in the popover', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
  });

  afterAll(async () => {
    await h?.close();
  });

  it('hovering 64634 shows "NCCI PTP edits are from …, N quarters before today" as a warning', async () => {
    const page = await h.openFixture('inpage-claim-grid.html');
    const point = await codePoint(page, '#c-64634', '64634');
    const ready = page.locator(`${POPOVER}[data-state="ready"]`);
    await expect
      .poll(
        async () => {
          await parkPointer(page);
          await hover(page, point);
          return ready
            .waitFor({ timeout: 1500 })
            .then(() => true)
            .catch(() => false);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    // In the popover the notices are one warning line under the verdict strip, opening to the list.
    await ready.locator('.cl-data-notices-title').click();
    const notice = ready.locator('.cl-data-notices [data-table="ptp"][data-kind="stale-table"]');
    expect(await notice.innerText()).toMatch(/^NCCI PTP edits are from 2024-07-01, \d+ quarters before today/);
    const box = ready.locator('.cl-data-notices');
    expect(await box.getAttribute('role')).toBe('note');
    // Styled as a warning: the border uses the warning colour, not the muted source colour.
    const [border, sourceColour] = await box.evaluate((el) => {
      const root = el.closest('.cl-popover') as HTMLElement;
      const src = root.querySelector('.cl-source') as HTMLElement;
      return [getComputedStyle(el).borderLeftColor, getComputedStyle(src).color];
    });
    expect(border).not.toBe(sourceColour);
    expect(await ready.locator('.cl-data-notices-title').innerText()).toMatch(/out of date/);
  });
});
