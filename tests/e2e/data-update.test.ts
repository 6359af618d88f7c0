/**
 * Options → Update data from CMS files, in real Chromium: official-layout PTP files (f1–f4, practitioner and outpatient hospital) and an MUE file
 * are read by the options page's worker and stored in IndexedDB; the popover then answers from them with
 * "CMS release v322r0, as of 2026-07-01, imported by you on …"; a code only an imported HCPCS file lists is
 * marked on pages and found by the popup's search. A bad file set changes nothing; Revert brings the bundled data (and code set) back. Nothing
 * leaves the machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import meta from '../../data/meta.json';
import { launchExtension, REPO_ROOT, type ExtensionHarness } from './harness';
import { codePoint, hover, markedIn, parkPointer, POPOVER } from './inpage/helpers';
import { scanned } from './trust/helpers';

const RELEASE = resolve(REPO_ROOT, 'tests/fixtures/cms-release');
const PTP_FILES = readdirSync(join(RELEASE, 'ptp-v322r0'))
  .sort()
  .map((n) => join(RELEASE, 'ptp-v322r0', n));
const MUE_FILE = join(RELEASE, 'mue', 'MCR_MUE_PractitionerServices_Eff_07-01-2026.csv');
const HCPCS_FILE = join(RELEASE, 'hcpcs', 'HCPC2026_JUL_ANWEB_07012026.txt');
/**
 * An outpatient hospital set (`ccioph-…`, the same layout as the practitioner files): the practitioner fixtures
 * renamed, as tests/unit/data-update/outpatient-ptp.test.ts makes it. Not CMS's outpatient edits.
 */
const OPH_FILES = PTP_FILES.map((path) => ({
  name: (path.split('/').pop() as string).replace('ccipra', 'ccioph'),
  mimeType: 'text/plain',
  buffer: readFileSync(path),
}));
const asPayload = (path: string) => ({
  name: path.split('/').pop() as string,
  mimeType: 'text/plain',
  buffer: readFileSync(path),
});
const IMPORTED = /CMS release v322r0, as of 2026-07-01, imported by you on \d{4}-\d{2}-\d{2}/;

/** The PTP section's source line and the stale-PTP notice of the popover for 64633, on a freshly opened page. */
async function popover64633(h: ExtensionHarness) {
  const page = await h.openFixture('inpage-claim-grid.html');
  const point = await codePoint(page, '#c-64633', '64633');
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
  const sources = await ready.locator('.cl-source').allInnerTexts();
  const stalePtp = await ready.locator('.cl-data-notices [data-table="ptp"][data-kind="stale-table"]').count();
  const pair = await ready.locator('[data-partner="64490"]').count();
  await page.close();
  return { sources, stalePtp, pair };
}

/** The imported tables as IndexedDB holds them (kind, release, as-of, import date, rows, files). */
function storedTables(options: Page): Promise<string> {
  return options.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('claimlens-data');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('tables')) {
            db.close();
            resolve('[]');
            return;
          }
          const q = db.transaction('tables').objectStore('tables').getAll();
          q.onsuccess = () => {
            db.close();
            const rows = q.result as {
              kind: string;
              release: string;
              asOf: string;
              importedOn: string;
              rows: number;
            }[];
            resolve(JSON.stringify(rows.map((t) => [t.kind, t.release, t.asOf, t.importedOn, t.rows])));
          };
        };
      }),
  );
}

/** The codes marked in the fixture's claim lines, sorted (marks are listed in the order they were added). */
const codesMarked = async (page: Page) => (await markedIn(page, '#claim-lines')).sort();

describe('update data from CMS files in the options page', () => {
  let h: ExtensionHarness;
  let options: Page;

  beforeAll(async () => {
    h = await launchExtension(process.env.CLAIMLENS_E2E_DIR ? { extensionDir: process.env.CLAIMLENS_E2E_DIR } : {});
    options = await h.openOptions();
    await options.locator('#data-update[data-loaded="true"]').waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('imports PTP f1–f4 and an MUE file; the popover then shows the imported edits and release', async () => {
    const before = await popover64633(h);
    expect(before.sources.join('\n')).toContain(`as of ${meta.tables.ptp.asOf}`);
    expect(before.sources.join('\n')).not.toMatch(/imported by you/);
    expect(before.stalePtp).toBe(1);

    await options.locator('#cms-files').setInputFiles([...[...PTP_FILES, MUE_FILE].map(asPayload), ...OPH_FILES]);
    await options.locator('#cms-update').click();
    const done = options.locator('.cl-data-update-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toMatch(
      /NCCI PTP edits, practitioner: CMS release v322r0, as of 2026-07-01, 24 rows/,
    );
    // The outpatient hospital set is kept too (ClaimLens bundles none), listed with its release and as-of date.
    expect(await done.innerText()).toMatch(
      /NCCI PTP edits, outpatient hospital: CMS release v322r0, as of 2026-07-01, 24 rows/,
    );
    await options.locator('#data-update[data-busy="false"] tr[data-kind="ptp"][data-used="true"]').waitFor();
    expect(
      await options.locator('#data-update tr[data-kind="ptpOutpatientHospital"][data-used="true"]').innerText(),
    ).toMatch(/NCCI PTP edits, outpatient hospital\s+v322r0\s+2026-07-01/);
    expect(await storedTables(options)).toContain('"ptpOutpatientHospital","v322r0","2026-07-01"');
    expect(await options.locator('#about tr[data-table="ptp"]').innerText()).toMatch(
      /CMS release v322r0, imported by you on \d{4}-\d{2}-\d{2}\s+2026-07-01/,
    );
    expect(await options.locator('#about tr[data-table="muePractitioner2026"]').count()).toBe(0);

    const after = await popover64633(h);
    expect(after.sources.some((s) => IMPORTED.test(s))).toBe(true);
    expect(after.pair).toBe(1);
    // Staleness now follows the imported as-of date (2026-07-01 is within a quarter of the session's today).
    expect(after.stalePtp).toBe(0);

    // Kept across a reload of the options page (IndexedDB, not page memory).
    await options.reload();
    await options.locator('#data-update[data-loaded="true"] tr[data-kind="ptp"]').waitFor();
    expect(h.egress.requests).toEqual([]);
  });

  it('imports a HCPCS file: a code only in it (J0999) is marked on pages and explained from it', async () => {
    // A page open before the import follows it without a reload (entrypoints/content/features/highlight.ts).
    const page = await h.openFixture('imported-hcpcs.html');
    await scanned(h, page);
    expect(await markedIn(page, '#claim-lines')).toEqual(['J1100']);

    await options.locator('#cms-files').setInputFiles([HCPCS_FILE]);
    await options.locator('#cms-update').click();
    await options.locator('.cl-data-update-done').waitFor({ timeout: 30_000 });
    await options.locator('#data-update[data-busy="false"] tr[data-kind="hcpcs"][data-used="true"]').waitFor();

    // The background reloads at once and hands the pages the new code set (local:pageCodeDelta).
    await expect.poll(() => codesMarked(page), { timeout: 20_000, interval: 250 }).toEqual(['J0999', 'J1100']);
    const point = await codePoint(page, '#c-j0999', 'J0999');
    const ready = page.locator(`${POPOVER}[data-state="ready"]`);
    await expect
      .poll(async () => {
        await parkPointer(page);
        await hover(page, point);
        return ready
          .waitFor({ timeout: 1500 })
          .then(() => ready.locator('.cl-code').innerText())
          .catch(() => '');
      })
      .toBe('J0999');
    expect(await ready.innerText()).toMatch(/Synthetic test code/);
    expect(await ready.innerText()).toMatch(/HCPCS 2026 July, as of 2026-07-01, imported by you on \d{4}-\d{2}-\d{2}/);
    await page.close();

    // The popup searches the same tables and names the imported release in its footer.
    const popup = await h.openPopup();
    await popup.locator('.cl-popup[data-ready-ms]').waitFor();
    await popup.locator('#cl-search').fill('J0999');
    await popup.locator('.cl-result[data-code="J0999"]').waitFor();
    expect(await popup.locator('.cl-popup-imported').innerText()).toMatch(
      /HCPCS Level II quarterly file, CMS release HCPCS 2026 July, as of 2026-07-01, imported by you on \d{4}-\d{2}-\d{2}/,
    );
    await popup.close();
    expect(h.egress.requests).toEqual([]);
  });

  it('a bad file set (mixed PTP releases) is refused naming the file, and storage is unchanged', async () => {
    const stored = await storedTables(options);
    expect(stored).toContain('"ptp","v322r0"');
    const mixed = PTP_FILES.map((path, i) => ({
      name: i === 0 ? 'ccipra-v321r0-f1.txt' : (path.split('/').pop() as string),
      mimeType: 'text/plain',
      buffer: readFileSync(path),
    }));
    await options.locator('#cms-files').setInputFiles(mixed);
    await options.locator('#cms-update').click();
    const error = options.locator('.cl-data-update-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(
      /^Nothing was changed\. ccipra-v321r0-f1\.txt.*mixed releases in one PTP set \(f1 is v321r0, f2 is v322r0/,
    );
    expect(await storedTables(options)).toBe(stored);
    const after = await popover64633(h);
    expect(after.sources.some((s) => IMPORTED.test(s))).toBe(true);
  });

  it('Revert to bundled data: the bundled tables answer again, and open pages follow without a reload', async () => {
    const page = await h.openFixture('imported-hcpcs.html');
    await scanned(h, page);
    expect(await codesMarked(page)).toEqual(['J0999', 'J1100']);
    await options.locator('#cms-revert').click();
    await options.locator('#data-update[data-busy="false"]').waitFor();
    await expect.poll(() => storedTables(options)).toBe('[]');
    const after = await popover64633(h);
    expect(after.sources.join('\n')).toContain(`as of ${meta.tables.ptp.asOf}`);
    expect(after.sources.join('\n')).not.toMatch(/imported by you/);
    // The code only the imported HCPCS file listed is no longer marked on the page that was open throughout.
    await expect.poll(() => codesMarked(page), { timeout: 20_000, interval: 250 }).toEqual(['J1100']);
    await page.close();
    expect(h.egress.requests).toEqual([]);
  });
});
