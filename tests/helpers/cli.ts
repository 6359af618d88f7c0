import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../scripts/claimlens';

/** Runs the CLI in-process and captures its output. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => {
      out += s.endsWith('\n') ? s : `${s}\n`;
    },
    err: (s) => {
      err += s.endsWith('\n') ? s : `${s}\n`;
    },
  });
  return { code, out, err };
}

const ROOT = join(__dirname, '../..');

/** Runs `claimlens <args>` as its own process (tsx), as a user would. */
export function claimlens(...args: string[]): { code: number | null; out: string; err: string } {
  const p = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/claimlens.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: p.status, out: p.stdout, err: p.stderr };
}
