/**
 * Licensing: X12 CARC/RARC wording is not bundled. The fixture holds only hashes of normalised
 * 4-word runs (and whole texts) of official descriptions, so the wording itself is never stored; a
 * bundled text fails if it equals an official text or shares too many of its 4-word runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_CODES } from '../../../lib/denials';

const hashes = new Set(
  readFileSync('tests/fixtures/licensing/x12-wording-shingles.txt', 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')),
);
const h = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** Share of a text's 4-word runs that occur in official descriptions, and whether it equals one. */
function overlap(
  text: string,
  set: ReadonlySet<string> = hashes,
): { equal: boolean; shared: number; runs: number; longest: number } {
  const w = norm(text);
  let shared = 0;
  let streak = 0;
  let longest = 0;
  for (let i = 0; i + 4 <= w.length; i++) {
    if (set.has(h(w.slice(i, i + 4).join(' ')))) {
      shared++;
      streak++;
      longest = Math.max(longest, streak);
    } else streak = 0;
  }
  return { equal: set.has(`full:${h(w.join(' '))}`), shared, runs: Math.max(0, w.length - 3), longest };
}

const texts = [...ADJUSTMENT_CODES.carc, ...ADJUSTMENT_CODES.rarc].flatMap((e) =>
  [e.label, e.meaning, ...e.causes, ...e.actions].map((t) => ({ code: e.code, t })),
);

describe('no X12 CARC/RARC wording in the bundled explanations', () => {
  it('the hash list is loaded and the measure catches a copy (checked on a made-up sentence, not X12 text)', () => {
    expect(hashes.size).toBeGreaterThan(500);
    expect([...hashes].every((x) => /^(full:)?[0-9a-f]{16}$/.test(x))).toBe(true);
    const made = 'the quick brown fox jumps over the lazy dog near the river bank';
    const w = norm(made);
    const set = new Set([`full:${h(w.join(' '))}`]);
    for (let i = 0; i + 4 <= w.length; i++) set.add(h(w.slice(i, i + 4).join(' ')));
    expect(overlap('The quick brown fox jumps over the lazy dog near the river bank.', set).equal).toBe(true);
    expect(overlap('A fox, quick and brown, jumps over a dog that is lazy', set).longest).toBe(0);
    expect(overlap('Today the quick brown fox jumps over the lazy dog again', set).longest).toBe(6);
  });

  it('no text equals an official description', () => {
    expect(texts.filter(({ t }) => overlap(t).equal)).toEqual([]);
  });

  it('no text tracks official wording: at most 3 consecutive shared runs (6 words) and, from 9 words, under 35% shared', () => {
    const close = texts
      .map(({ code, t }) => ({ code, t, ...overlap(t) }))
      .filter((o) => o.longest > 3 || (o.runs >= 6 && o.shared / o.runs >= 0.35));
    expect(close.map((o) => `${o.code}: ${o.t} (${o.shared}/${o.runs}, run ${o.longest})`)).toEqual([]);
  });
});
