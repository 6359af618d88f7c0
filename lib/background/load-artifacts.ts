/**
 * Loads the dataset artifacts in the service worker from the extension's own origin, on first use.
 * Pure: the caller passes a `fetchBytes(path)` over `fetch(browser.runtime.getURL(path))`.
 */
import type { DatasetArtifacts } from '../dataset/artifacts';
import { createDataset } from '../dataset/dataset';
import type { Dataset } from '../dataset/types';
import type { ImportedTable } from '../data-update/imported-table';
import { type MergedDataset, mergeImported } from '../data-update/merge';
import { type CodeDelta, codeDelta } from '../dataset/known-codes';

/** Reads one file of the built extension (path relative to its root, e.g. `data/ptp.bin`). */
export type FetchBytes = (path: string) => Promise<ArrayBuffer>;

/** JSON artifacts and the path each is served from in the built extension. */
export const JSON_ARTIFACTS = [
  'meta',
  'codes',
  'aoc',
  'mue',
  'pfs',
  'opps',
  'hcpcs',
  'modifiers',
  'gpci',
  'localities',
] as const;

/** Path of an artifact in the built extension. */
export function artifactPath(name: (typeof JSON_ARTIFACTS)[number] | 'ptp'): string {
  return name === 'ptp' ? 'data/ptp.bin' : `data/${name}.json`;
}

/** Fetches every artifact in parallel and parses the JSON ones. */
export async function loadArtifacts(fetchBytes: FetchBytes): Promise<DatasetArtifacts> {
  const decoder = new TextDecoder();
  const [ptp, ...jsons] = await Promise.all([
    fetchBytes(artifactPath('ptp')),
    ...JSON_ARTIFACTS.map((n) => fetchBytes(artifactPath(n)).then((b) => JSON.parse(decoder.decode(b)) as unknown)),
  ]);
  const byName = Object.fromEntries(JSON_ARTIFACTS.map((n, i) => [n, jsons[i]]));
  return { ...(byName as Omit<DatasetArtifacts, 'ptp'>), ptp: new Uint8Array(ptp as ArrayBuffer) };
}

/**
 * A dataset getter; `reset()` makes the next call load again (after the user imported or reverted data);
 * `merged()` gives the artifacts the dataset was built from and which imports are in use (the popup's search
 * reads the codes and HCPCS tables from them).
 */
export type DatasetGetter = (() => Promise<Dataset>) & { reset(): void; merged(): Promise<MergedDataset> };

/**
 * A lazy, memoised dataset getter: the first call starts loading, later calls share the promise; a failed
 * load is forgotten so the next request retries (the service worker may have been mid-update). `imported`
 * gives the user's imported CMS tables (lib/data-update/store.ts); the newer table of each kind is used.
 * `onCodes` hears, after each load still in use when it finishes, how the loaded code set differs from the
 * bundled one (null: it does not).
 */
export function lazyDataset(
  fetchBytes: FetchBytes,
  onLoaded?: (ms: number) => void,
  now: () => number = () => 0,
  imported?: () => Promise<ImportedTable[]>,
  onCodes?: (delta: CodeDelta | null) => void,
): DatasetGetter {
  let pending: Promise<{ ds: Dataset; merged: MergedDataset }> | undefined;
  const load = () => {
    if (pending) return pending;
    const start = now();
    // An unreadable import store (e.g. IndexedDB off in a private window) leaves the bundled data in use.
    const tables = imported ? imported().catch(() => []) : Promise.resolve([]);
    const p = Promise.all([loadArtifacts(fetchBytes), tables]).then(([a, t]) => {
      const merged = mergeImported(a, t);
      const ds = createDataset(merged.artifacts);
      onLoaded?.(now() - start);
      // Only the load in use reports its codes: one reset() superseded (import, then a quick revert) may
      // finish last, and the pages would then follow tables the background no longer answers from.
      if (pending === p) onCodes?.(merged.used.length ? codeDelta(a.codes.rows, merged.artifacts.codes.rows) : null);
      return { ds, merged };
    });
    pending = p;
    // A superseded load failing late must not forget the newer one (it would load a third time).
    p.catch(() => {
      if (pending === p) pending = undefined;
    });
    return p;
  };
  return Object.assign(() => load().then((l) => l.ds), {
    reset: () => {
      pending = undefined;
    },
    merged: () => load().then((l) => l.merged),
  });
}
