import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath, lazyDataset, loadArtifacts } from '../../../lib/background/load-artifacts';
import { DATA_DIR } from '../../../scripts/node/load-dataset';

const fromDisk = async (path: string) => {
  const b = readFileSync(join(DATA_DIR, path.replace(/^data\//, '')));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

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
});
