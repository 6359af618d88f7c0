/**
 * `claimlens remit` on a generated 835 of 10,000 claims, as a spawned process (wall and the child's
 * CPU), like the `check --csv` figure in node-bench.ts. Budget: 10,000 claims < 10 s.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateRemit835 } from './gen-remit-835';

/** Claims in the benchmark file. */
export const REMIT_BENCH_CLAIMS = 10_000;

/** Writes the benchmark 835 into `dir`. */
export function writeRemitFile(dir: string, claims = REMIT_BENCH_CLAIMS): string {
  const file = join(dir, `remit-${claims}.835`);
  writeFileSync(file, generateRemit835(claims));
  return file;
}

/** One spawned `claimlens remit FILE --json` run: wall ms and the child's CPU ms (bash `times`). */
export function measureRemit(root: string, file: string): { wallMs: number; cpuMs: number; exit: number } {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const script = `"${tsx}" scripts/claimlens.ts remit "${file}" --json >/dev/null; rc=$?; times; exit $rc`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
  const wallMs = performance.now() - t;
  if (r.status !== 0)
    throw new Error(`bench: claimlens remit failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  const child = r.stdout.trim().split('\n').pop() ?? '';
  const secs = [...child.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wallMs, cpuMs: (secs[0] + secs[1]) * 1000, exit: r.status };
}

if (process.argv[1]?.endsWith('remit-bench.ts')) {
  const dir = process.env.TMPDIR ?? '/tmp';
  const file = writeRemitFile(dir);
  const runs = Number(process.argv[2] ?? 3);
  for (let i = 0; i < runs; i++) {
    const m = measureRemit(join(import.meta.dirname, '../..'), file);
    console.log(
      `remit ${REMIT_BENCH_CLAIMS} claims: wall ${(m.wallMs / 1000).toFixed(2)} s, CPU ${(m.cpuMs / 1000).toFixed(2)} s`,
    );
  }
}
