/**
 * `npm run zip`: builds the production Chrome and Firefox variants and writes the three store packages into
 * .output/ — `claimlens-<version>-chrome.zip`, `-firefox.zip` and `-sources.zip` (for addons.mozilla.org's
 * review: `npm ci && npm run build:firefox` on it gives the Firefox build again). Every archive comes from
 * zip-writer.ts, so the same tree gives the same bytes. A build output that is not a store build (the e2e
 * variant) is refused before anything is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { releaseProblems } from './changelog';
import { sourceEntries } from './source-files';
import { storeBuildProblems, storeFileProblems, type PackagedManifest } from './store-build';
import { deterministicZip, type ZipEntry } from './zip-writer';

/** The store builds: WXT's build arguments and output folder (under .output/). */
export const STORE_BUILDS = {
  chrome: { args: ['build'], dir: 'chrome-mv3' },
  firefox: { args: ['build', '-b', 'firefox', '--mv3'], dir: 'firefox-mv3' },
} as const;

/** Options of {@link makePackages}. */
export interface PackageOptions {
  /** A release: CHANGELOG.md's entry must be dated and name the bundled dataset (otherwise only a warning). */
  release: boolean;
  /** Skip `wxt build` (tests that already built). */
  build: boolean;
  /** Lines of progress. */
  print(line: string): void;
}

/** What {@link makePackages} wrote. */
export interface PackageResult {
  version: string;
  files: string[];
  warnings: string[];
}

/** An expected packaging failure: printed as one line, exit code 1. */
export class PackageError extends Error {
  override name = 'PackageError';
}

/** Every file under `dir` as a zip entry (path relative to `dir`). */
export function directoryEntries(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const abs = join(entry.parentPath, entry.name);
      return { path: relative(dir, abs).replaceAll('\\', '/'), bytes: readFileSync(abs) };
    });
}

/** The zip of one build output, after checking it is a store build of `version`. */
export function zipStoreBuild(dir: string, version: string): Uint8Array {
  let manifest: PackagedManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PackagedManifest;
  } catch {
    throw new PackageError(`${dir} holds no readable manifest.json: build it first`);
  }
  const problems = storeBuildProblems(manifest, version);
  if (problems.length > 0)
    throw new PackageError(`refusing to package ${dir}: it is not a store build (${problems.join('; ')})`);
  const entries = directoryEntries(dir);
  // The checkout the build ran in: build folders are <root>/.output/<variant>.
  const leaks = storeFileProblems(entries, resolve(dir, '../..'));
  if (leaks.length > 0) throw new PackageError(`refusing to package ${dir}: ${leaks.slice(0, 3).join('; ')}`);
  return deterministicZip(entries);
}

function wxt(root: string, args: readonly string[]): void {
  try {
    // wxt.config.ts makes every non-development build a production bundle, whatever NODE_ENV this runs with.
    execFileSync(join(root, 'node_modules/.bin/wxt'), [...args], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const said = `${stderr}\n${stdout}`.split('\n').filter((line) => /error/i.test(line));
    throw new PackageError(`wxt ${args.join(' ')} failed${said.length > 0 ? `: ${said[0].trim()}` : ''}`);
  }
}

/** Builds (unless told not to), checks and writes the three packages into `<root>/.output/`. */
export function makePackages(root: string, options: PackageOptions): PackageResult {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const meta = JSON.parse(readFileSync(join(root, 'data/meta.json'), 'utf8')) as { datasetVersion: string };
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const notes = releaseProblems(changelog, pkg.version, meta.datasetVersion, options.release);
  if (notes.errors.length > 0) throw new PackageError(notes.errors.join('; '));
  const outDir = join(root, '.output');
  const zips: [string, () => Uint8Array][] = [];
  for (const [browser, build] of Object.entries(STORE_BUILDS)) {
    if (options.build) {
      options.print(`build    ${browser} (wxt ${build.args.join(' ')})`);
      wxt(root, build.args);
    }
    zips.push([`${pkg.name}-${pkg.version}-${browser}.zip`, () => zipStoreBuild(join(outDir, build.dir), pkg.version)]);
  }
  zips.push([`${pkg.name}-${pkg.version}-sources.zip`, () => deterministicZip(sourceEntries(root))]);
  // Every archive is made (and every check passed) before the first one is written.
  const made = zips.map(([name, make]) => [name, make()] as const);
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, bytes] of made) {
    writeFileSync(join(outDir, name), bytes);
    files.push(join(outDir, name));
    options.print(`wrote    .output/${name} (${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB)`);
  }
  return { version: pkg.version, files, warnings: notes.warnings };
}
