/**
 * Writes a synthetic claim-line CSV export for benchmarking `claimlens check --csv`, then times
 * the command in-process (dataset load reported separately, output counted, not printed). Deterministic (seeded), realistic mix: claims of 1–8 lines, real codes
 * (E&M, facet injections and ablation with their add-ons, labs, drugs, imaging), modifiers in two
 * columns, some quoted fields, CRLF line ends and a BOM, as practice systems export them.
 *
 *   npx tsx scripts/bench/gen-claims-csv.ts [--lines 100000] [--mix realistic|random] [--out FILE] [--no-time]
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import check from '../cli/check';
import { loadDataset } from '../node/load-dataset';

const CODES = [
  '99213',
  '99214',
  '99203',
  '99204',
  '20610',
  '20611',
  '20552',
  '64490',
  '64491',
  '64493',
  '64494',
  '64633',
  '64634',
  '64635',
  '64636',
  '77003',
  '72148',
  '73560',
  '73030',
  '85025',
  '80053',
  '82947',
  '36415',
  'J1100',
  'J3301',
  'G0463',
  '10060',
  '11042',
  '27447',
  '0213T',
  '93000',
  '97110',
  '97140',
  '96372',
  'A4397',
  '99999',
];
const MODS = ['', '', '', '', 'RT', 'LT', '50', '59', 'XS', 'XU', '25', '57', 'GA', 'KX'];

/** Typical clean claims (code, modifiers, units) for the realistic mix. */
const CLEAN: [string, string, number][][] = [
  [['99213', '', 1]],
  [['99214', '', 1]],
  [['99203', '', 1]],
  [
    ['99213', '25', 1],
    ['20610', 'RT', 1],
  ],
  [
    ['64633', 'RT', 1],
    ['64634', 'RT', 1],
  ],
  [['64490', '50', 1]],
  [
    ['80053', '', 1],
    ['36415', '', 1],
  ],
  [
    ['85025', '', 1],
    ['36415', '', 1],
  ],
  [
    ['96372', '', 1],
    ['J1100', '', 10],
  ],
  [['73560', 'RT', 1]],
  [['93000', '', 1]],
  [['72148', '', 1]],
  [
    ['99214', '25', 1],
    ['20552', '', 1],
  ],
  [
    ['64493', 'LT', 1],
    ['64494', 'LT', 1],
  ],
];
/** Claims with a typical mistake (add-on alone, bundled pair, units over the MUE, 59 with no edit). */
const FLAWED: [string, string, number][][] = [
  [['64634', '', 1]],
  [
    ['64633', '', 1],
    ['0213T', '', 1],
  ],
  [
    ['64633', '', 1],
    ['64490', '', 1],
  ],
  [['J1100', '', 150]],
  [['92004', '50', 1]],
  [['99213', '59', 1]],
];

/** Small seeded PRNG (mulberry32) so every run writes the same file. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds the CSV text with `lines` data rows. `realistic`: mostly clean claims with about 10%
 * typical mistakes; `random`: random code mixes (nearly every claim has findings — the worst case).
 */
export function generateClaimsCsv(lines: number, mix: 'realistic' | 'random' = 'realistic', seed = 42): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const rows = ['\ufeffClaim #,Date of Service,CPT/HCPCS,Modifier 1,Modifier 2,Units,Provider'];
  let n = 0;
  let claim = 100000;
  while (n < lines) {
    claim++;
    const dos = `${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/2026`;
    if (mix === 'realistic') {
      const claimLines = pick(r() < 0.1 ? FLAWED : CLEAN);
      for (const [code, mod, units] of claimLines.slice(0, lines - n)) {
        rows.push([`C${claim}`, dos, code, mod, '', String(units), 'Dr Lee'].join(','));
        n++;
      }
      continue;
    }
    const size = Math.min(lines - n, 1 + Math.floor(r() * 8));
    for (let i = 0; i < size; i++, n++) {
      const code = pick(CODES);
      const units = code.startsWith('J') ? 1 + Math.floor(r() * 150) : r() < 0.9 ? 1 : 2 + Math.floor(r() * 4);
      const provider = r() < 0.1 ? '"Smith, Jane ""JJ"" MD"' : 'Dr Lee';
      rows.push([`C${claim}`, dos, code, pick(MODS), r() < 0.1 ? pick(MODS) : '', String(units), provider].join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '100000' },
      mix: { type: 'string', default: 'realistic' },
      out: { type: 'string' },
      'no-time': { type: 'boolean', default: false },
    },
  });
  const lines = Number(values.lines);
  if (!Number.isInteger(lines) || lines < 1)
    throw new Error(`--lines must be a positive whole number, not "${values.lines}"`);
  const mix = values.mix;
  if (mix !== 'realistic' && mix !== 'random') throw new Error(`--mix must be realistic or random, not "${mix}"`);
  const out = values.out ?? `/tmp/claims-${lines}-${mix}.csv`;
  writeFileSync(out, generateClaimsCsv(lines, mix));
  console.log(`wrote ${out} (${lines} lines, ${mix} mix)`);
  if (values['no-time']) return;
  const t0 = performance.now();
  loadDataset();
  const t1 = performance.now();
  console.log(`dataset load ${(t1 - t0).toFixed(0)} ms`);
  for (const format of [['--json'], []]) {
    let bytes = 0;
    let tail = '';
    const io = {
      out: (s: string) => {
        bytes += s.length;
        tail = s;
      },
      err: (s: string) => console.error(s),
    };
    const start = performance.now();
    const cpu = process.cpuUsage();
    const code = await check.execute(['--csv', out, ...format], io);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    // CPU time is reported too: on a shared machine wall time includes waiting for a core.
    console.log(
      `check --csv ${format.join(' ') || '(text)'}: ${lines} lines in ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (read, check, format), ${(bytes / 1e6).toFixed(1)} MB output, exit ${code}`,
    );
    if (format.length) console.log(`  ${tail.slice(tail.lastIndexOf('"summary"')).trim()}`);
  }
}

if (process.argv[1]?.endsWith('gen-claims-csv.ts')) {
  main().catch((e) => {
    console.error(`gen-claims-csv: ${(e as Error).message}`);
    process.exitCode = 2;
  });
}
