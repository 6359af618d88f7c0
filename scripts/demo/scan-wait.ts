/**
 * Waits until ClaimLens has scanned the demo page, by asking for the keyboard panel (the list of codes found)
 * until it lists codes and the list stops changing.
 */
import type { Page, Worker } from 'playwright-core';
import { DemoError } from './errors';
import { sendOpenPanel } from './extension-control';
import { readPanel, type PanelRow } from './page-probe';

const POLL_MS = 300;
const SCAN_TIMEOUT_MS = 15_000;

/** Opens the panel and returns its rows once two reads in a row agree. The panel is left open. */
export async function waitForScan(page: Page, worker: Worker): Promise<PanelRow[]> {
  const deadline = Date.now() + SCAN_TIMEOUT_MS;
  let previous = '';
  for (;;) {
    // The content script may not be listening yet right after load: a failed send is retried.
    await sendOpenPanel(worker, page.url()).catch(() => undefined);
    await page.waitForTimeout(POLL_MS);
    const rows = await readPanel(page);
    const key = JSON.stringify(rows);
    if (rows && rows.length > 0 && key === previous) return rows;
    previous = key;
    if (Date.now() > deadline) {
      throw new DemoError(
        rows === null
          ? `the ClaimLens panel never opened on the demo page within ${SCAN_TIMEOUT_MS / 1000} s (is the content script running?)`
          : `ClaimLens found no codes on the demo page within ${SCAN_TIMEOUT_MS / 1000} s`,
      );
    }
  }
}
