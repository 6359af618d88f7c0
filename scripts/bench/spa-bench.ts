/**
 * Single-page-app runs: a remittance that appends 100 lines every 100 ms for 5 s, and one that replaces its
 * table's contents page by page. The content script's counters prove what it re-read: scan units (table
 * rows here) read per batch against rows added, and codes in its store against codes on the page.
 */
import type { Page } from 'playwright-core';
import { metrics, probe, scanStats, waitForStats, type BenchBrowsers, type ScanStats } from './browsers';
import type { ExtensionAttribution } from './cpu-attribution';
import { traceWhile } from './profile-bench';
import { expectedCodes, remitLines } from './remit-page';

/** Shape of the two SPA pages (shared with the page generator call in bench.ts). */
export const SPA_APPEND = { initial: 200, perBatch: 100, batches: 50, everyMs: 100, seed: 11 };
export const SPA_REPLACE = { rows: 500, pages: 6, seed: 13 };

/** Figures of one SPA append run. */
export interface SpaAppendRun {
  rowsAdded: number;
  /** Mutation passes the scanner ran, and scan units it read, during the appends. */
  passes: number;
  unitsRead: number;
  /**
   * unitsRead / rowsAdded. A row yields a fixed number of scan units (its cells that hold four digits in a
   * row), so this equals the replace run's units per fresh row when no old row is re-read.
   */
  unitsPerAddedRow: number;
  /** Mean units of the passes sampled in the first and the last third of the appends (flat = no rescans). */
  earlyPassUnits: number;
  latePassUnits: number;
  codesAdded: number;
  codesExpected: number;
  /** Extension script time (CDP, with minus without) per append batch, and long tasks during the appends. */
  scriptPerBatchMs: number;
  extLongestTaskMs: number;
  bareLongestTaskMs: number;
  /**
   * The extension's own tasks during the appends, from a trace of a third, separate run (tracing slows the
   * page, so no other figure comes from it): long-task entries cannot say whose a task was.
   */
  trace: ExtensionAttribution;
}

/** Figures of one SPA replace run (averaged over its page changes). */
export interface SpaReplaceRun {
  rowsPerPage: number;
  unitsPerReplace: number;
  /** unitsPerReplace / rowsPerPage: units one freshly rendered row costs (the append run's reference). */
  unitsPerRow: number;
  /** Codes held after the last replace minus codes on the shown page (0: every removed row was forgotten). */
  staleCodes: number;
  scriptPerReplaceMs: number;
  extLongestTaskMs: number;
  bareLongestTaskMs: number;
}

const now = (page: Page) => page.evaluate(() => performance.now());
const longestSince = async (page: Page, t: number) =>
  Math.max(0, ...(await probe(page)).long.filter(([s]) => s >= t).map(([, d]) => d));

/** Waits until the scanner's counters stop changing (two equal reads 250 ms apart). */
async function settled(b: BenchBrowsers, page: Page): Promise<ScanStats> {
  let last = await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined);
  for (;;) {
    await page.waitForTimeout(250);
    const next = (await scanStats(b.harness, page.url()))!;
    if (next.units === last.units && next.batches === last.batches && next.matches === last.matches) return next;
    last = next;
  }
}

/** One append run in each browser. */
export async function measureSpaAppend(b: BenchBrowsers, name: string, run: number): Promise<SpaAppendRun> {
  const url = `${b.url(name)}?run=${run}`;
  const drive = async (page: Page) => {
    const t = await now(page);
    await page.evaluate(() => (window as unknown as { __start(): void }).__start());
    await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done, undefined, {
      timeout: 120_000,
      polling: 100,
    });
    return t;
  };
  const { page, cdp } = await b.ext.open(url);
  const s0 = await settled(b, page);
  const m0 = await metrics(cdp);
  // Sample the last pass's size while the page appends (a poll every ~100 ms catches most passes).
  const passes = new Map<number, number>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const s = await scanStats(b.harness, page.url());
      if (s && s.batches > s0.batches) passes.set(s.batches, s.lastBatchUnits);
      await page.waitForTimeout(60);
    }
  })();
  const t0 = await drive(page);
  sampling = false;
  await sampler;
  const s1 = await settled(b, page);
  const m1 = await metrics(cdp);
  const extLongest = await longestSince(page, t0);
  await page.close();

  const bare = await b.bare.open(url);
  await bare.page.waitForTimeout(300);
  const bm0 = await metrics(bare.cdp);
  const bt0 = await drive(bare.page);
  await bare.page.waitForTimeout(500);
  const bm1 = await metrics(bare.cdp);
  const bareLongest = await longestSince(bare.page, bt0);
  await bare.page.close();

  const traced = await b.ext.open(`${url}&trace=1`);
  await settled(b, traced.page);
  const trace = await traceWhile(traced.cdp, async () => {
    await drive(traced.page);
    await settled(b, traced.page);
  });
  await traced.page.close();

  const rowsAdded = SPA_APPEND.perBatch * SPA_APPEND.batches;
  const sampled = [...passes].sort((a, b) => a[0] - b[0]).map(([, u]) => u);
  const third = Math.max(1, Math.floor(sampled.length / 3));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const added = remitLines(rowsAdded, SPA_APPEND.seed, SPA_APPEND.initial);
  const unitsRead = s1.units - s0.units;
  const script = (m1.ScriptDuration - m0.ScriptDuration - (bm1.ScriptDuration - bm0.ScriptDuration)) * 1000;
  return {
    rowsAdded,
    passes: s1.batches - s0.batches,
    unitsRead,
    unitsPerAddedRow: unitsRead / rowsAdded,
    earlyPassUnits: mean(sampled.slice(0, third)),
    latePassUnits: mean(sampled.slice(-third)),
    codesAdded: s1.matches - s0.matches,
    codesExpected: expectedCodes(added),
    scriptPerBatchMs: script / SPA_APPEND.batches,
    extLongestTaskMs: extLongest,
    bareLongestTaskMs: bareLongest,
    trace,
  };
}

/** One replace run (pages 1..pages-1 shown in turn) in each browser. */
export async function measureSpaReplace(b: BenchBrowsers, name: string, run: number): Promise<SpaReplaceRun> {
  const url = `${b.url(name)}?run=${run}`;
  const changes = SPA_REPLACE.pages - 1;
  const show = (page: Page, n: number) =>
    page.evaluate((p) => (window as unknown as { __showPage(n: number): void }).__showPage(p), n);
  const lines = remitLines(SPA_REPLACE.rows * SPA_REPLACE.pages, SPA_REPLACE.seed);
  const codesOn = (p: number) => expectedCodes(lines.slice(p * SPA_REPLACE.rows, (p + 1) * SPA_REPLACE.rows));

  const { page, cdp } = await b.ext.open(url);
  let s = await settled(b, page);
  const header = s.matches - codesOn(0); // codes the page header holds (outside the table)
  const m0 = await metrics(cdp);
  const t0 = await now(page);
  let units = 0;
  for (let p = 1; p <= changes; p++) {
    const before = s.units;
    await show(page, p);
    s = await settled(b, page);
    units += s.units - before;
  }
  const m1 = await metrics(cdp);
  const extLongest = await longestSince(page, t0);
  await page.close();

  const bare = await b.bare.open(url);
  await bare.page.waitForTimeout(300);
  const bm0 = await metrics(bare.cdp);
  const bt0 = await now(bare.page);
  for (let p = 1; p <= changes; p++) {
    await show(bare.page, p);
    await bare.page.waitForTimeout(250);
  }
  const bm1 = await metrics(bare.cdp);
  const bareLongest = await longestSince(bare.page, bt0);
  await bare.page.close();

  const script = (m1.ScriptDuration - m0.ScriptDuration - (bm1.ScriptDuration - bm0.ScriptDuration)) * 1000;
  return {
    rowsPerPage: SPA_REPLACE.rows,
    unitsPerReplace: units / changes,
    unitsPerRow: units / changes / SPA_REPLACE.rows,
    staleCodes: s.matches - header - codesOn(changes),
    scriptPerReplaceMs: script / changes,
    extLongestTaskMs: extLongest,
    bareLongestTaskMs: bareLongest,
  };
}
