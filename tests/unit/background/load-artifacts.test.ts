import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath, lazyDataset, loadArtifacts } from '../../../lib/background/load-artifacts';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { DATA_DIR } from '../../../scripts/node/load-dataset';
import type { ImportedTable } from '../../../lib/data-update/imported-table';
import type { CodeDelta } from '../../../lib/dataset/known-codes';
import { FIXTURE_DATASET_DIR } from '../../helpers/fixture-dataset';

const fromDisk = async (path: string) => {
  const b = readFileSync(join(DATA_DIR, path.replace(/^data\//, '')));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

const fromFixture = async (path: string) => {
  const b = readFileSync(join(FIXTURE_DATASET_DIR, path.replace(/^data\//, '')));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** A promise the test settles when it chooses (a load that finishes early or late). */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('dataset loading in the service worker', () => {
  it('reads every artifact through fetchBytes and builds a working dataset', async () => {
    const asked: string[] = [];
    const a = await loadArtifacts((p) => {
      asked.push(p);
      return fromDisk(p);
    });
    expect(asked.sort()).toEqual([
      'data/aoc.json',
      'data/codes.json',
      'data/gpci.json',
      'data/hcpcs.json',
      'data/localities.json',
      'data/meta.json',
      'data/modifiers.json',
      'data/mue.json',
      'data/opps.json',
      'data/pfs.json',
      'data/ptp.bin',
    ]);
    expect(a.codes.rows['64634']).toBeDefined();
    expect(artifactPath('ptp')).toBe('data/ptp.bin');
  });

  it('loads once, shares the promise, and retries after a failure', async () => {
    let calls = 0;
    let fail = true;
    const get = lazyDataset(async (p) => {
      calls++;
      if (fail) throw new Error('offline');
      return fromDisk(p);
    });
    await expect(get()).rejects.toThrow();
    fail = false;
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(a.addOn('64634')?.primaries).toEqual(['64633']);
    const before = calls;
    await get();
    expect(calls).toBe(before);
  });

  it('answers from the user’s imported tables, reloads after reset(), and keeps the bundle when the store fails', async () => {
    const dir = join(__dirname, '../../fixtures/cms-release/ptp-v322r0');
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const meta = JSON.parse(readFileSync(join(DATA_DIR, 'meta.json'), 'utf8'));
    let stored = prepareUpdate(files, meta, '2026-12-03').tables;
    let broken = false;
    const get = lazyDataset(fromDisk, undefined, undefined, async () => {
      if (broken) throw new Error('IndexedDB unavailable');
      return stored;
    });
    expect((await get()).source('ptp')).toMatchObject({ asOf: '2026-07-01', importedOn: '2026-12-03' });
    stored = [];
    expect((await get()).source('ptp').importedOn).toBe('2026-12-03');
    get.reset();
    expect((await get()).source('ptp')).toEqual(expect.not.objectContaining({ importedOn: expect.anything() }));
    broken = true;
    get.reset();
    expect((await get()).source('ptp').asOf).toBe(meta.tables.ptp.asOf);
  });

  it('a load reset() superseded reports no codes, even when it finishes after the load in use', async () => {
    const meta = JSON.parse(readFileSync(join(FIXTURE_DATASET_DIR, 'meta.json'), 'utf8'));
    const name = 'HCPC2026_JUL_ANWEB_07012026.txt';
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/cms-release/hcpcs', name)));
    const hcpcs = prepareUpdate([{ name, bytes }], meta, '2026-12-03').tables;
    const reads: ReturnType<typeof deferred<ImportedTable[]>>[] = [];
    const heard: (CodeDelta | null)[] = [];
    const get = lazyDataset(
      fromFixture,
      undefined,
      undefined,
      () => {
        const d = deferred<ImportedTable[]>();
        reads.push(d);
        return d.promise;
      },
      (delta) => heard.push(delta),
    );
    const imported = get(); // after an import: its tables come from IndexedDB, slowly
    get.reset();
    const reverted = get(); // the user reverted at once
    reads[1].resolve([]);
    const inUse = await reverted;
    reads[0].resolve(hcpcs);
    expect((await imported).has('J0999')).toBe(true); // the superseded load did finish, with the import
    expect(heard).toEqual([null]);
    expect(await get()).toBe(inUse);
  });

  it('a superseded load that fails leaves the load in use in place (no load again)', async () => {
    const failing = deferred<void>();
    let fail = true;
    let fetches = 0;
    const get = lazyDataset(async (p) => {
      if (fail) {
        await failing.promise;
        throw new Error('service worker updated');
      }
      fetches++;
      return fromFixture(p);
    });
    const first = get();
    fail = false;
    get.reset();
    const inUse = await get();
    const before = fetches;
    failing.resolve();
    await expect(first).rejects.toThrow('service worker updated');
    expect(await get()).toBe(inUse);
    expect(fetches).toBe(before);
  });
});
