/**
 * `npm run zip [-- --release]`: the reproducible store packages (scripts/release/packages.ts). `--release` also
 * requires CHANGELOG.md's entry for the version to be dated and to name the bundled dataset. The e2e variant has
 * no flag here and is refused if found in a build folder. Exit 0 on success; 1 with one line on stderr on failure;
 * 2 for a wrong argument.
 */
import { resolve } from 'node:path';
import { makePackages, PackageError } from './release/packages';

const USAGE = 'usage: npm run zip [-- --release]';
const ROOT = resolve(import.meta.dirname, '..');

function main(args: string[]): number {
  let release = false;
  for (const arg of args) {
    if (arg === '--release') release = true;
    else if (arg === '--mode' || arg.startsWith('--mode=') || arg === 'e2e') {
      process.stderr.write('zip: the e2e variant (test-only localhost access) is never packaged\n');
      return 2;
    } else {
      process.stderr.write(`zip: unknown argument ${JSON.stringify(arg)} (${USAGE})\n`);
      return 2;
    }
  }
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const result = makePackages(ROOT, { release, build: true, print });
  for (const warning of result.warnings)
    process.stderr.write(`zip: warning: ${warning} (a --release would stop here)\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof PackageError ? error.message : `packaging failed: ${String(error).split('\n')[0]}`;
  process.stderr.write(`zip: ${message}\n`);
  process.exitCode = 1;
}
