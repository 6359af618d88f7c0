/**
 * The files of the sources package (what addons.mozilla.org needs to rebuild the Firefox build): every file git
 * tracks or would add (`git add -A`), as it is in the work tree, minus tests and CI. Untracked but ignored files
 * (node_modules, .output, .wxt, demo output) never enter.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ZipEntry } from './zip-writer';

/** Top-level folders a rebuild does not need. */
const LEFT_OUT = ['tests/', '.ci/', '.github/'];

/** Paths (sorted, `/`-separated) of the sources package, read from git in `root`. */
export function sourcePaths(root: string): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    throw new Error(`${root} is not a git checkout: the sources package lists files through git`);
  }
  const paths = new Set(listed.split('\0').filter((p) => p !== ''));
  return [...paths]
    .filter((p) => !LEFT_OUT.some((prefix) => p.startsWith(prefix)))
    .filter((p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile())
    .sort();
}

/** The sources package's entries with their bytes. */
export function sourceEntries(root: string): ZipEntry[] {
  return sourcePaths(root).map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
}
