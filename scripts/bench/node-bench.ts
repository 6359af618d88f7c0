/**
 * Figures measured in Node: search latency per keystroke over the full dataset (lib/search, the popup's
 * engine), `claimlens check --csv` on 100,000 claim lines as a spawned process (wall and CPU), the content
 * script's known-code bitmap decode, and bundle sizes per entry point of the production build (the content
 * scripts loaded at page start apart from the UI script injected on first use).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fromBase64, makeIsKnown } from '../../lib/dataset/known-codes';
import { UI_SCRIPT_JS } from '../../lib/sites/registration';
import { searchEngine } from '../cli/search';
import { generateClaimsCsv } from './gen-claims-csv';
import { percentile } from './stats';

/** Queries typed key by key; every prefix is one keystroke. */
export const SEARCH_QUERIES: Record<string, string[]> = {
  'code-like': ['64634', '0213T', 'J1100', '99213', '+64633', 'g0463'],
  word: ['facet', 'injection', 'ambulance', 'wheelchair', 'catheter', 'oxygen'],
  'multi-word': ['medial branch block', 'radiofrequency ablation', 'power wheelchair base', 'dexamethasone 1 mg'],
  typo: ['facett', 'radiofreqency', 'dexametasone', 'ambulanse', 'wheelchiar', 'injecton'],
};

/** Every keystroke of a query: its non-empty prefixes. */
export function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((q) => q.trim() !== '');
}

/**
 * One run of the Node search benchmark: p50/p95 ms per keystroke by query kind, plus engine build time.
 * `cpuP95`: the same keystrokes' p95 in this process's CPU time, which a loaded machine does not inflate
 * (wall time includes the time the process waited for a core).
 */
export interface SearchRun {
  buildMs: number;
  byKind: Record<string, { p50: number; p95: number; cpuP95: number; n: number }>;
}

/** Builds the engine once (first run pays it) and times every keystroke of every query. */
export async function measureNodeSearch(): Promise<SearchRun> {
  const t = performance.now();
  const engine = await searchEngine();
  engine.warm();
  const buildMs = performance.now() - t;
  const byKind: SearchRun['byKind'] = {};
  for (const [kind, queries] of Object.entries(SEARCH_QUERIES)) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (const q of queries)
      for (const k of keystrokes(q)) {
        const c = process.cpuUsage();
        const s = performance.now();
        engine.search(k, 20);
        times.push(performance.now() - s);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
    byKind[kind] = {
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      cpuP95: percentile(cpu, 0.95),
      n: times.length,
    };
  }
  return { buildMs, byKind };
}

/** Writes the 100,000-line claim CSV (helper-4's generator, realistic mix) once per bench. */
export function writeClaimsCsv(dir: string, lines = 100_000): string {
  const file = join(dir, `claims-${lines}.csv`);
  writeFileSync(file, generateClaimsCsv(lines, 'realistic'));
  return file;
}

/** One spawned `claimlens check --csv FILE --json` run: wall ms and the child's CPU ms (bash `times`). */
export function measureCheckCsv(root: string, file: string): { wallMs: number; cpuMs: number; exit: number } {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const script = `"${tsx}" scripts/claimlens.ts check --csv "${file}" --json >/dev/null; rc=$?; times; exit $rc`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
  const wallMs = performance.now() - t;
  if (r.status === null || r.status > 1)
    throw new Error(`bench: claimlens check failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  // `times` prints the shell's, then its children's, user and system time ("0m1.234s 0m0.120s").
  const child = r.stdout.trim().split('\n').pop() ?? '';
  const secs = [...child.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wallMs, cpuMs: (secs[0] + secs[1]) * 1000, exit: r.status };
}

/** Decoding the content script's known-code bitmap (the same code the content script runs at start). */
export function measureBitmapDecode(root: string): number {
  const { bitmap } = JSON.parse(readFileSync(join(root, 'data/known-codes.json'), 'utf8')) as { bitmap: string };
  const t = performance.now();
  const isKnown = makeIsKnown(fromBase64(bitmap));
  isKnown('64634');
  return performance.now() - t;
}

/** Raw and gzip bytes of one entry point and the files it loads. */
export interface BundleSize {
  entry: string;
  /**
   * When it loads in a page: `start` (the registered content scripts), `onDemand` (the UI script the background
   * injects on the first popover, panel or check: lib/background/ui-script.ts); absent for extension pages.
   */
  inPage?: 'start' | 'onDemand';
  files: string[];
  raw: number;
  gzip: number;
}

/** Files an HTML page or JS module loads from the same build (script src, stylesheets, static imports). */
function references(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const refs = file.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
    : [...text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
  return refs.map((r) => (r.startsWith('/') ? r.slice(1) : resolve('/', base, r).slice(1)));
}

/** Sizes of the background, content script(s), popup and options of the build in `dir`. */
export function bundleSizes(dir: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const entries: string[] = [];
  if (manifest.background?.service_worker) entries.push(manifest.background.service_worker);
  const cs = join(dir, 'content-scripts');
  // Every content script (the main one and the document_start highlight-sheet script), not a fixed list.
  if (existsSync(cs))
    for (const f of readdirSync(cs)
      .filter((n) => /\.(js|css)$/.test(n))
      .sort())
      entries.push(`content-scripts/${f}`);
  if (existsSync(join(dir, UI_SCRIPT_JS))) entries.push(UI_SCRIPT_JS);
  for (const page of ['popup.html', 'options.html']) if (existsSync(join(dir, page))) entries.push(page);
  return entries.map((entry): BundleSize => {
    const files = new Set<string>();
    const visit = (f: string) => {
      if (files.has(f) || !existsSync(join(dir, f))) return;
      files.add(f);
      if (/\.(html|js)$/.test(f)) for (const r of references(dir, f)) visit(r);
    };
    visit(entry);
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    const inPage = entry.startsWith('content-scripts/') ? 'start' : entry === UI_SCRIPT_JS ? 'onDemand' : undefined;
    return { entry, files: [...files], raw, gzip, ...(inPage ? { inPage } : {}) };
  });
}
