/**
 * Data-update budgets (README "Updating the data"; measured, never asserted):
 * - `build:data --from` on a full quarterly PTP release (4 files, ~2.6 M rows with history) ≤ 60 s, ≤ 1.5 GB;
 * - the PTP artifact with dates ≤ 12 MB raw, pair lookup ≤ 1 µs.
 * The release is synthetic but in the official layout (header lines, tab-separated rows, YYYYMMDD dates,
 * `*`, CRLF), generated with a seeded generator: ~16,000 codes, ~650,000 rows per file, deleted and re-added
 * edits. Run alone: `npx tsx scripts/bench/cms-release-bench.ts [--rows N]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PtpIndex } from '../../lib/dataset/ptp-index';

const ROOT = resolve(import.meta.dirname, '../..');
const HEADER = [
  'CPT only copyright 2025 American Medical Association.  All rights reserved.\t\t\t\t\t\t',
  'Column1/Column2 Edits\t\t\t\t\t\t',
  'Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale',
  '\t\tprior to 1996\tDate\tDate\t0=not allowed\t',
  '\t\t\t\t*=no data\t1=allowed\t',
  '\t\t\t\t\t9=not applicable\t',
].join('\r\n');
const RATIONALES = [
  'Mutually exclusive procedures',
  'Misuse of Column Two code with Column One code',
  'Standards of medical/surgical practice',
  'CPT Manual or CMS manual coding instruction',
  'HCPCS/CPT procedure code definition',
  'More extensive procedure',
];

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quarterStart = (q: number) => `${1996 + Math.floor(q / 4)}${String((q % 4) * 3 + 1).padStart(2, '0')}01`;
const quarterEnd = (q: number) => {
  const y = 1996 + Math.floor(q / 4);
  return ['0331', '0630', '0930', '1231'].map((d) => `${y}${d}`)[q % 4];
};

/**
 * Writes `ccipra-v322r0-f1..f4.txt` (or, with `prefix` `ccioph`, the outpatient hospital set, same layout) with
 * `rows` edits in total into `dir`.
 */
export function writeSyntheticPtpRelease(rows: number, dir: string, prefix: 'ccipra' | 'ccioph' = 'ccipra'): void {
  const rnd = rng(322);
  const codes = Array.from({ length: 16_000 }, (_, i) =>
    i < 12_000 ? String(10000 + i * 7) : `G${String(i - 12_000).padStart(4, '0')}`,
  ).sort();
  const perFile = Math.ceil(rows / 4);
  for (let f = 0; f < 4; f++) {
    const lines: string[] = [HEADER];
    const from = Math.floor((f * codes.length) / 4);
    const to = Math.floor(((f + 1) * codes.length) / 4);
    for (let n = 0; n < perFile; n++) {
      const c1 = codes[from + Math.floor((n / perFile) * (to - from))];
      const c2 = codes[Math.floor(rnd() * codes.length)];
      const q = Math.floor(rnd() * 122); // 1996 Q1 … 2026 Q3
      const deleted = rnd() < 0.38 ? quarterEnd(Math.min(121, q + 1 + Math.floor(rnd() * 20))) : '*';
      const mi = ['0', '1', '9'][Math.floor(rnd() * 2.05)];
      lines.push(
        `${c1}\t${c2}\t${q < 1 ? '*' : ''}\t${quarterStart(q)}\t${deleted}\t${mi}\t${RATIONALES[Math.floor(rnd() * RATIONALES.length)]}`,
      );
    }
    writeFileSync(join(dir, `${prefix}-v322r0-f${f + 1}.txt`), `${lines.join('\r\n')}\r\n`);
  }
}

/** The figures. */
export interface CmsReleaseFigures {
  rows: number;
  inputMb: number;
  buildSeconds: number;
  /** User + system CPU seconds of the build (less sensitive to other work on a shared machine). */
  buildCpuSeconds: number;
  buildPeakMb: number;
  ptpBinMb: number;
  pairLookupUs: number;
}

/** Generates the release, runs the build in a child process under /usr/bin/time, measures lookups. */
export function measureCmsRelease(rows = 2_600_000, log: (s: string) => void = () => {}): CmsReleaseFigures {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-ptp-'));
  const out = join(dir, 'out');
  try {
    log(`generating a ${rows.toLocaleString('en-US')}-row PTP release (official layout) …`);
    writeSyntheticPtpRelease(rows, dir);
    const inputMb = [1, 2, 3, 4].reduce((s, f) => s + statSync(join(dir, `ccipra-v322r0-f${f}.txt`)).size, 0) / 2 ** 20;
    log('build:data --from … (child process) …');
    const started = performance.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'PEAK_KB %M CPU_S %U %S',
        process.execPath,
        '--import',
        'tsx',
        join(ROOT, 'scripts/build-data.ts'),
        '--from',
        dir,
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const buildSeconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`build:data failed: ${run.stderr.slice(-500)}`);
    const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(run.stderr);
    const buildCpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
    const buildPeakMb = Number(/PEAK_KB (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
    const bin = readFileSync(join(out, 'ptp.bin'));
    const bytes = new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength);
    const index = new PtpIndex(bytes, '2026-07-01');
    const codes = index.codes;
    const rnd = rng(7);
    const pairs = Array.from({ length: 1_000_000 }, () => [
      codes[Math.floor(rnd() * codes.length)],
      codes[Math.floor(rnd() * codes.length)],
    ]);
    let hits = 0;
    for (const [a, b] of pairs.slice(0, 100_000)) index.pair(a, b, '2026-08-01'); // warm-up
    // CPU time, not wall time: the machine is shared, and a pair lookup is pure computation.
    const t0 = process.cpuUsage();
    for (const [a, b] of pairs) if (index.pair(a, b, '2026-08-01')) hits++;
    const used = process.cpuUsage(t0);
    const pairLookupUs = (used.user + used.system) / pairs.length;
    log(`  ${hits} of 1,000,000 random pairs are edits in effect`);
    return {
      rows,
      inputMb,
      buildSeconds,
      buildCpuSeconds,
      buildPeakMb,
      ptpBinMb: bin.byteLength / 2 ** 20,
      pairLookupUs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Budget lines for the report. */
export function formatCmsRelease(f: CmsReleaseFigures): string {
  const v = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `Data update (synthetic full PTP release, ${f.rows.toLocaleString('en-US')} rows in 4 files, ${f.inputMb.toFixed(0)} MB):`,
    `  build:data --from: ${f.buildSeconds.toFixed(1)} s wall, ${f.buildCpuSeconds.toFixed(1)} s CPU (budget 60 s: ${v(f.buildSeconds <= 60)}), peak ${f.buildPeakMb.toFixed(0)} MB (budget 1,536 MB: ${v(f.buildPeakMb <= 1536)})`,
    `  ptp.bin with dates: ${f.ptpBinMb.toFixed(2)} MB raw (budget 12 MB: ${v(f.ptpBinMb <= 12)})`,
    `  pair lookup on a date: ${f.pairLookupUs.toFixed(3)} µs CPU (budget 1 µs: ${v(f.pairLookupUs <= 1)})`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('cms-release-bench.ts')) {
  const i = process.argv.indexOf('--rows');
  const rows = i > 0 ? Number(process.argv[i + 1]) : 2_600_000;
  console.log(formatCmsRelease(measureCmsRelease(rows, (s) => process.stderr.write(`${s}\n`))));
}
