/**
 * Access to ../shared/data/cms for tests that compare artifacts with the CMS tables.
 * A fresh clone may lack it; such tests skip with a printed reason (never silently).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_CMS_DIR = resolve(process.env.CLAIMLENS_CMS_DIR ?? '../shared/data/cms');
export const HAVE_SHARED_CMS = existsSync(resolve(SHARED_CMS_DIR, 'ncci_aoc_2026q2.csv'));

if (!HAVE_SHARED_CMS) {
  console.warn(
    `[claimlens tests] ${SHARED_CMS_DIR} not found: CMS comparison tests are skipped (set CLAIMLENS_CMS_DIR to run them).`,
  );
}

/** A small deterministic PRNG (mulberry32) so "random" samples are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks `n` distinct items with a seeded generator. */
export function sample<T>(items: readonly T[], n: number, rnd: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
