/**
 * Builds the extension's e2e variant (`npm run build:e2e` → `.output/chrome-mv3-e2e/`) for the demo. The
 * build's own log is kept quiet and shown (its tail) only when the build fails.
 */
import { spawn } from 'node:child_process';
import { DemoError } from './errors';

/** Lines of the build log printed when the build fails. */
const TAIL_LINES = 15;

/** Runs `npm run build:e2e` in `cwd`; resolves with the time it took, in ms. */
export function buildE2eVariant(cwd: string): Promise<number> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build:e2e'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const log: string[] = [];
    const keep = (chunk: Buffer) => log.push(chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => fail(new DemoError(`could not run npm run build:e2e (${e.message})`)));
    child.on('close', (code) => {
      if (code === 0) return done(Date.now() - started);
      const tail = log.join('').trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
      if (tail) process.stderr.write(`${tail}\n`);
      fail(new DemoError(`npm run build:e2e failed (exit code ${code}); see the build log above`));
    });
  });
}
