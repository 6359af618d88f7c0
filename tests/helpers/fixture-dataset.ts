/**
 * The small fixture dataset for unit and UI tests that need a few codes, not the real tables: the files in
 * tests/fixtures/dataset/ have the format of data/ and load through the same production code
 * (scripts/node/load-dataset.ts → lib/dataset/dataset.ts), in milliseconds. Built from data/ by
 * tests/helpers/fixture-dataset-build.ts, which lists the codes it holds. Tests about the real data (the data
 * build, provenance, the corpus, accuracy against CMS files) use `loadDataset()` on data/ instead.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetArtifacts } from '../../lib/dataset/artifacts';
import type { Dataset } from '../../lib/dataset/types';
import { loadDataset, readArtifacts } from '../../scripts/node/load-dataset';

/** The fixture's folder (same files as data/). */
export const FIXTURE_DATASET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/dataset');

/** The fixture dataset, loaded once per test file. */
export function fixtureDataset(): Dataset {
  return loadDataset(FIXTURE_DATASET_DIR);
}

/** The fixture's raw artifacts, as the extension's loader receives them. */
export function fixtureArtifacts(): DatasetArtifacts {
  return readArtifacts(FIXTURE_DATASET_DIR);
}

/**
 * Reads an extension-relative path (`data/codes.json`) from the fixture instead of data/, for the popup's and
 * options page's `readJson` stand-ins; other paths (`data/content/…`) are read from the repository.
 */
export async function readFixtureJson(path: string): Promise<unknown> {
  const m = /^data\/([^/]+)$/.exec(path);
  const file = m ? join(FIXTURE_DATASET_DIR, m[1]) : resolve(FIXTURE_DATASET_DIR, '../../..', path);
  return JSON.parse(readFileSync(file, 'utf8'));
}
