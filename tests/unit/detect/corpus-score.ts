/**
 * Scoring helpers for the labelled detector corpus (tests/fixtures/corpus): order-aware alignment of
 * detected matches against hand-written labels, and trap checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

export interface Label {
  code: string;
  modifiers: string[];
  units: number | null;
  /** A billed line of a claim-line structure, or a mention (lib/detect/line-role.ts). */
  role: 'billed' | 'mention';
}
export interface Fixture {
  name: string;
  html: string;
  expected: Label[];
  traps: string[];
}

/** Every fixture with its labels. */
export function loadCorpus(): Fixture[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8'));
      return {
        name: f.replace(/\.json$/, ''),
        html: readFileSync(join(CORPUS_DIR, labels.fixture), 'utf8'),
        expected: labels.expected,
        traps: labels.traps,
      };
    });
}

const key = (l: Label) => `${l.code}|${l.modifiers.join(',')}|${l.units ?? ''}|${l.role}`;

/** Longest common subsequence of detected vs expected (by code, modifiers and units): tp/fp/fn and the misses. */
export function score(
  found: Label[],
  expected: Label[],
): { tp: number; fp: number; fn: number; extra: string[]; missing: string[] } {
  const a = found.map(key);
  const b = expected.map(key);
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const extra: string[] = [];
  const missing: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) extra.push(a[i++]);
    else missing.push(b[j++]);
  }
  extra.push(...a.slice(i));
  missing.push(...b.slice(j));
  const tp = dp[0][0];
  return { tp, fp: a.length - tp, fn: b.length - tp, extra, missing };
}

/** Occurrences of each trap string in the visible text, and those a match overlaps. */
export function trapHits(text: string, traps: string[], matches: { start: number; end: number; code: string }[]) {
  let occurrences = 0;
  const absent: string[] = [];
  const hit: string[] = [];
  for (const trap of traps) {
    let at = text.indexOf(trap);
    if (at < 0) absent.push(trap);
    for (; at >= 0; at = text.indexOf(trap, at + 1)) {
      occurrences++;
      const end = at + trap.length;
      for (const m of matches) if (m.start < end && m.end > at) hit.push(`${m.code} in "${trap}"`);
    }
  }
  return { occurrences, absent, hit };
}
