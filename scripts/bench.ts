/**
 * `npm run bench [-- --runs N] [--large-runs N] [--quick] [--build] [--sizes 1000,10000,50000] [--out FILE]
 *   [--extension DIR]` (DIR: another e2e build to measure, e.g. a copy taken before a change)
 *
 * ClaimLens's performance benchmarks (docs/performance.md). Loads the e2e build of the extension in real Chromium and,
 * in the same run, a second Chromium without it, and measures generated remittance pages (1k/10k/50k lines),
 * two SPA pages, popover latency, the service worker's dataset load, search per keystroke (Node and the real
 * popup), `claimlens check --csv` on 100,000 lines, and bundle sizes. Prints median (min–max) per figure and
 * the budget verdicts, writes bench-results.json. Never fails on time: exit 2 only on a harness error.
 *
 * Each run launches both browsers fresh (so the service worker starts cold). The 50k-line page costs minutes
 * per run on a 2-core machine; `--large-runs N` gives it fewer runs than the others (default: as many, since
 * docs/performance.md asks for at least 5 per figure; say so when quoting fewer). `--quick`: 2 runs, 1k and 10k pages only.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from './node/load-dataset';
import { launchBenchBrowsers } from './bench/browsers';
import {
  bundleSizes,
  measureBitmapDecode,
  measureCheckCsv,
  measureNodeSearch,
  writeClaimsCsv,
} from './bench/node-bench';
import { formatCmsRelease, measureCmsRelease } from './bench/cms-release-bench';
import { formatInExtensionUpdate, measureInExtensionUpdate } from './bench/data-update-bench';
import { measureRemit, writeRemitFile } from './bench/remit-bench';
import { measureStaticPage } from './bench/page-bench';
import {
  BENCH_CODES,
  expectedCodes,
  remitLines,
  remitPageHtml,
  spaAppendPageHtml,
  spaReplacePageHtml,
} from './bench/remit-page';
import { buildReport, formatRows, formatVerdicts, type Collected } from './bench/report';
import { measureSpaAppend, measureSpaReplace, SPA_APPEND, SPA_REPLACE } from './bench/spa-bench';
import { percentile } from './bench/stats';
import { measurePopover, measurePopupSearch, measureSwLoad } from './bench/ui-bench';

const ROOT = resolve(import.meta.dirname, '..');
const E2E_DIR = join(ROOT, '.output/chrome-mv3-e2e');
const PROD_DIR = join(ROOT, '.output/chrome-mv3');

const log = (s: string) => process.stderr.write(`${s}\n`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      'large-runs': { type: 'string' },
      quick: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      extension: { type: 'string' },
      sizes: { type: 'string' },
      out: { type: 'string', default: 'bench-results.json' },
    },
  });
  const quick = values.quick!;
  const runs = Number(values.runs ?? (quick ? 2 : 5));
  const sizes = (values.sizes ?? (quick ? '1000,10000' : '1000,10000,50000')).split(',').map(Number);
  const largeRuns = Math.min(runs, Number(values['large-runs'] ?? runs));
  if (![runs, largeRuns, ...sizes].every((n) => Number.isInteger(n) && n > 0))
    throw new Error('--runs, --large-runs and --sizes take positive whole numbers');
  return {
    runs,
    largeRuns,
    sizes,
    build: values.build!,
    out: resolve(ROOT, values.out!),
    quick,
    extension: values.extension ? resolve(values.extension) : E2E_DIR,
  };
}

function ensureBuilds(force: boolean, e2e: boolean): void {
  if (e2e && (force || !existsSync(join(E2E_DIR, 'manifest.json')))) {
    log('building .output/chrome-mv3-e2e …');
    execSync('npm run build:e2e', { cwd: ROOT, stdio: 'ignore' });
  }
  if (force || !existsSync(join(PROD_DIR, 'manifest.json'))) {
    log('building .output/chrome-mv3 …');
    execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  }
}

async function main(): Promise<void> {
  const opt = options();
  ensureBuilds(opt.build, opt.extension === E2E_DIR);
  const started = Date.now();
  const loadStart = load();
  const known = [...loadDataset().allCodes()];
  const knownSet = new Set(known);
  const missing = BENCH_CODES.filter((c) => !knownSet.has(c));
  if (missing.length) throw new Error(`bench: codes not in the dataset: ${missing.join(', ')}`);

  const dir = mkdtempSync(join(os.tmpdir(), 'claimlens-bench-'));
  const c: Collected = {
    pages: {},
    spaAppend: [],
    spaReplace: [],
    popoverMs: [],
    popoverFirstMs: [],
    uiLoadMs: [],
    swLoad: [],
    bitmapDecodeMs: [],
    nodeSearch: [],
    popupSearch: null,
    popupSearchRuns: [],
    cli: [],
    remit: [],
    bundles: [],
    expectedCodes: {},
  };
  try {
    for (const n of opt.sizes) {
      writeFileSync(join(dir, `remit-${n}.html`), remitPageHtml(n));
      c.expectedCodes[n] = expectedCodes(remitLines(n));
      c.pages[n] = [];
    }
    writeFileSync(join(dir, 'spa-append.html'), spaAppendPageHtml(SPA_APPEND));
    writeFileSync(join(dir, 'spa-replace.html'), spaReplacePageHtml(SPA_REPLACE));
    const csv = writeClaimsCsv(dir);
    const remit835 = writeRemitFile(dir);

    for (let r = 0; r < opt.runs; r++) {
      log(`run ${r + 1}/${opt.runs} (load ${load()}, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      const b = await launchBenchBrowsers(opt.extension, dir);
      try {
        c.swLoad.push(await measureSwLoad(b));
        for (const n of opt.sizes) {
          if (n >= 50_000 && r >= opt.largeRuns) continue;
          c.pages[n].push(await measureStaticPage(b, `remit-${n}.html`, r, known));
          log(`  page ${n}: done`);
        }
        c.spaAppend.push(await measureSpaAppend(b, 'spa-append.html', r));
        c.spaReplace.push(await measureSpaReplace(b, 'spa-replace.html', r));
        // The smallest page: hovering waits for page elements, and a 50k-line page alone takes a minute to settle.
        const popover = await measurePopover(b, `remit-${Math.min(...opt.sizes)}.html`, 2);
        c.popoverMs.push(...popover.openMs);
        c.popoverFirstMs.push(popover.openMs[0]);
        if (popover.uiLoadMs !== undefined) c.uiLoadMs.push(popover.uiLoadMs);
        // Every keystroke is a sample: two runs give hundreds, and each costs ~10 s of round trips.
        const popup = r < 2 ? await measurePopupSearch(b) : null;
        if (popup) {
          c.popupSearch ??= {};
          for (const [k, v] of Object.entries(popup)) {
            c.popupSearch[k] ??= { engineMs: [], frameMs: [] };
            const into = c.popupSearch[k];
            into.engineMs.push(...v.engineMs);
            into.frameMs.push(...v.frameMs);
          }
          c.popupSearchRuns.push(
            Object.fromEntries(Object.entries(popup).map(([k, v]) => [k, percentile(v.frameMs, 0.95)])),
          );
        }
      } finally {
        await b.close();
      }
    }
    log(`Node figures (load ${load()})`);
    for (let r = 0; r < opt.runs; r++) {
      c.nodeSearch.push(await measureNodeSearch());
      c.bitmapDecodeMs.push(measureBitmapDecode(ROOT));
      c.cli.push(measureCheckCsv(ROOT, csv));
      c.remit.push(measureRemit(ROOT, remit835));
    }
    c.bundles = bundleSizes(PROD_DIR);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const { rows, verdicts } = buildReport(c, percentile);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadavgStart: loadStart,
    loadavgEnd: load(),
    runs: opt.runs,
    largeRuns: opt.largeRuns,
    sizes: opt.sizes,
    durationS: Math.round((Date.now() - started) / 1000),
  };
  console.log(`ClaimLens bench — ${meta.date}, ${meta.cpus} cores (${meta.cpuModel}), Node ${meta.node}`);
  console.log(
    `load average (1/5/15 min): ${meta.loadavgStart} at start, ${meta.loadavgEnd} at end; ${opt.runs} runs` +
      `${opt.sizes.some((n) => n >= 50_000) ? ` (${opt.largeRuns} on pages of 50k lines and more)` : ''}; ${meta.durationS} s`,
  );
  console.log(`Figures: median (min–max) over runs.`);
  console.log(formatRows(rows));
  console.log('\nBudgets (issues 18 and 7), on medians:');
  console.log(formatVerdicts(verdicts));
  // Data-update budgets (README "Updating the data"): build:data on a full synthetic PTP release, ptp.bin size, pair lookup.
  const data = measureCmsRelease(opt.quick ? 650_000 : 2_600_000, log);
  console.log(`\n${formatCmsRelease(data)}`);
  // The same release imported in the options page (worker + IndexedDB): time, longest task, progress bar.
  const update = await measureInExtensionUpdate(data.rows, log, opt.extension);
  console.log(formatInExtensionUpdate(update));
  writeFileSync(opt.out, `${JSON.stringify({ meta, rows, verdicts, data, update, raw: c }, null, 2)}\n`);
  console.log(`\nwrote ${opt.out}`);
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(2);
});
