/**
 * The CLI on inputs built to break it, each run as its own process under `/usr/bin/time -v`: a
 * 200,000-row HTML table, nesting 1,000,000 and 5,000 deep, one 18.9 MB text, a 100 MB claim CSV (text and
 * JSON report) and a CSV over the size cap. Prints exit code, wall and CPU seconds, peak memory and the
 * message, and whether each ended within the 60 s budget (README "Command-line tool").
 *
 *   npm run bench:cli [-- --keep DIR]
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateClaimsCsv } from './gen-claims-csv';

const ROOT = join(import.meta.dirname, '../..');
const BUDGET_S = 60;

interface Case {
  name: string;
  args: (dir: string) => string[];
  make: (dir: string) => void;
}

const html = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const nested = (n: number) => html(`${'<div>'.repeat(n)}64633-RT${'</div>'.repeat(n)}`);

const CASES: Case[] = [
  {
    name: 'baseline: check --csv of one line (the dataset alone)',
    make: (d) => writeFileSync(join(d, 'one.csv'), 'Claim ID,DOS,CPT\nA1,2026-01-05,64633\n'),
    args: (d) => ['check', '--csv', join(d, 'one.csv')],
  },
  {
    name: 'scan 200,000-row table (8.8 MB)',
    make: (d) =>
      writeFileSync(
        join(d, 'rows.html'),
        html(`<table>${'<tr><td>64633</td><td>RT</td><td>1</td></tr>'.repeat(200_000)}</table>`),
      ),
    args: (d) => ['scan', join(d, 'rows.html')],
  },
  {
    name: 'scan nesting 1,000,000 deep (11 MB)',
    make: (d) => writeFileSync(join(d, 'deep1m.html'), nested(1_000_000)),
    args: (d) => ['scan', join(d, 'deep1m.html')],
  },
  {
    name: 'scan nesting 5,000 deep',
    make: (d) => writeFileSync(join(d, 'deep5k.html'), nested(5_000)),
    args: (d) => ['scan', join(d, 'deep5k.html')],
  },
  {
    name: 'scan one 18.9 MB text',
    make: (d) =>
      writeFileSync(join(d, 'text.html'), html(`<p>${'64633 99213 J1100 lorem ipsum '.repeat(630_000)}</p>`)),
    args: (d) => ['scan', join(d, 'text.html')],
  },
  {
    name: 'check --csv 100 MB (2.7 M lines), text',
    make: (d) => writeFileSync(join(d, 'claims.csv'), generateClaimsCsv(2_700_000)),
    args: (d) => ['check', '--csv', join(d, 'claims.csv')],
  },
  {
    name: 'check --csv 100 MB, --json',
    make: () => undefined,
    args: (d) => ['check', '--csv', join(d, 'claims.csv'), '--json'],
  },
  {
    name: 'check --csv over the 100 MB cap',
    make: (d) => {
      writeFileSync(join(d, 'huge.csv'), 'Claim ID,DOS,CPT\n');
      truncateSync(join(d, 'huge.csv'), 100 * 1024 * 1024 + 1);
    },
    args: (d) => ['check', '--csv', join(d, 'huge.csv')],
  },
];

/** One figure from `/usr/bin/time -v` output. */
function timeField(text: string, label: string): string | undefined {
  return new RegExp(`${label}: ([^\\n]+)`).exec(text)?.[1].trim();
}

function seconds(clock: string | undefined): number {
  if (!clock) return Number.NaN;
  return clock.split(':').reduce((s, part) => s * 60 + Number(part), 0);
}

function lastLine(file: string): string {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(Math.min(size, 4096));
  readSync(fd, buf, 0, buf.length, size - buf.length);
  closeSync(fd);
  return buf.toString('utf8').trimEnd().split('\n').pop() ?? '';
}

function run(c: Case, dir: string): string {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const args = ['-v', tsx, 'scripts/claimlens.ts', ...c.args(dir)];
  // The report goes to a file (a 100 MB export's JSON report is 850 MB); its last line is shown.
  const outFile = join(dir, 'stdout.txt');
  const fd = openSync(outFile, 'w');
  const p = spawnSync('/usr/bin/time', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  const err = p.stderr ?? '';
  const wall = seconds(timeField(err, 'Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'));
  const cpu = Number(timeField(err, 'User time \\(seconds\\)')) + Number(timeField(err, 'System time \\(seconds\\)'));
  const rssMb = Number(timeField(err, 'Maximum resident set size \\(kbytes\\)')) / 1024;
  const message = err.split('\n').find((l) => l.startsWith('claimlens')) ?? lastLine(outFile);
  const within = wall <= BUDGET_S ? 'yes' : 'NO';
  const exit = timeField(err, 'Exit status') ?? '?';
  return `${c.name}\n  exit ${exit}, ${wall.toFixed(1)} s wall (≤ ${BUDGET_S} s: ${within}), ${cpu.toFixed(1)} s CPU, peak ${rssMb.toFixed(0)} MB\n  ${(message ?? '').slice(0, 200)}`;
}

function main(): void {
  if (!existsSync('/usr/bin/time')) throw new Error('bench:cli needs /usr/bin/time (GNU time) for peak memory');
  const { values } = parseArgs({ options: { keep: { type: 'string' } } });
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'claimlens-cli-bench-'));
  try {
    for (const c of CASES) {
      c.make(dir);
      console.log(run(c, dir));
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('cli-limits.ts')) main();
