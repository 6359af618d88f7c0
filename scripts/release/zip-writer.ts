/**
 * A zip writer whose output depends only on the files given: entries sorted by path, one fixed timestamp, fixed
 * permissions and deflate level, no extra fields. The same files always give the same bytes, so a store package
 * can be rebuilt and compared byte for byte (fflate is pure JavaScript: no zlib version drifts in).
 */
import { zipSync, type ZipAttributes, type Zippable } from 'fflate';

/** One file in an archive: a `/`-separated relative path and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * 1980-01-01 00:00, the earliest time a zip (MS-DOS) timestamp holds. fflate writes the local-time fields of the
 * Date it is given, so the Date is built from local-time parts on every call: the stored fields are then the
 * same in every time zone (a Date made once would shift if the zone changed).
 */
function fileAttributes(): ZipAttributes {
  // Unix (os 3) regular file, rw-r--r-- (upper 16 bits of the external attributes).
  return { os: 3, attrs: 0o100644 << 16, mtime: new Date(1980, 0, 1, 0, 0, 0) };
}

/** Rejects paths a zip must not hold: absolute, `..`, backslashes, empty segments. */
function checkPath(path: string): void {
  const bad =
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw new Error(`zip: refusing the entry path ${JSON.stringify(path)}`);
}

/** Builds a deterministic zip (deflate level 9) from `entries`; duplicate paths are an error. */
export function deterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Zippable = {};
  const attributes = fileAttributes();
  let previous: string | undefined;
  for (const { path, bytes } of sorted) {
    checkPath(path);
    if (path === previous) throw new Error(`zip: duplicate entry ${path}`);
    previous = path;
    files[path] = [bytes, attributes];
  }
  return zipSync(files, { level: 9 });
}
