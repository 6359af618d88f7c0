/**
 * Node loader for the committed dataset (CLI, tests, build scripts). Reads data/ once and caches it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataset } from '../../lib/dataset/dataset';
import type { DatasetArtifacts } from '../../lib/dataset/artifacts';
import type { Dataset } from '../../lib/dataset/types';

/** The repository's data/ folder. */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

const cache = new Map<string, Dataset>();

/** The folder `loadDataset()` reads when called without one (the CLI's `--data DIR` changes it). */
let current = DATA_DIR;

/** The folder read by default. */
export function datasetDir(): string {
  return current;
}

/**
 * Makes `dir` (a folder written by `build:data --out`) the dataset every later `loadDataset()` reads, after
 * loading it once to check it. Returns a function that restores the previous folder.
 * @throws Error naming the folder and the problem (missing files, not a ClaimLens dataset, other schema).
 */
export function selectDatasetDir(dir: string): () => void {
  const abs = resolve(dir);
  try {
    loadDataset(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it has no ClaimLens dataset files (meta.json, ptp.bin, …)' : (e as Error).message;
    throw new Error(`--data ${dir}: ${why}`);
  }
  const previous = current;
  current = abs;
  return () => {
    current = previous;
  };
}

/** Reads the artifacts from `dir` (default: the repository's data/). */
export function readArtifacts(dir = current): DatasetArtifacts {
  const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const bin = readFileSync(join(dir, 'ptp.bin'));
  return {
    meta: json('meta.json'),
    codes: json('codes.json'),
    aoc: json('aoc.json'),
    mue: json('mue.json'),
    pfs: json('pfs.json'),
    opps: json('opps.json'),
    hcpcs: json('hcpcs.json'),
    modifiers: json('modifiers.json'),
    gpci: json('gpci.json'),
    localities: json('localities.json'),
    ptp: new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength),
  };
}

/** The dataset, loaded once per folder. */
export function loadDataset(dir = current): Dataset {
  let ds = cache.get(dir);
  if (!ds) {
    ds = createDataset(readArtifacts(dir));
    cache.set(dir, ds);
  }
  return ds;
}
