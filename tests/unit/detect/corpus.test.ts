/**
 * The labelled corpus: every fixture page through the same path as `claimlens scan` (happy-dom + lib/detect),
 * scored against hand-written labels. Prints precision and recall; both must be at least 0.97.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { scanHtml } from '../../../scripts/cli/scan';
import { loadCorpus, score, trapHits } from './corpus-score';

const ds = loadDataset();
const isKnown = (c: string) => ds.has(c);
const corpus = loadCorpus();
const scans = new Map(corpus.map((f) => [f.name, scanHtml(f.html, isKnown)]));

describe('detector corpus', () => {
  it('is big enough: at least 12 fixtures, 300 labelled codes and 300 trap occurrences', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.reduce((n, f) => n + f.expected.length, 0)).toBeGreaterThanOrEqual(300);
    const traps = corpus.reduce((n, f) => n + trapHits(scans.get(f.name)!.text, f.traps, []).occurrences, 0);
    expect(traps).toBeGreaterThanOrEqual(300);
  });

  it('labels only real codes from the bundled CMS tables', () => {
    const unknown = corpus.flatMap((f) => f.expected.filter((l) => !ds.has(l.code)).map((l) => `${f.name}: ${l.code}`));
    expect(unknown).toEqual([]);
  });

  it('never marks a trap, and every trap is really on its page', () => {
    for (const f of corpus) {
      const { text, matches } = scans.get(f.name)!;
      const { absent, hit } = trapHits(text, f.traps, matches);
      expect(absent, `${f.name}: traps missing from the visible text`).toEqual([]);
      expect(hit, `${f.name}: traps marked as codes`).toEqual([]);
    }
  });

  it('labels both roles: claim-line structures hold billed codes, prose and policy pages only mentions', () => {
    const roles = (name: string) => new Set(corpus.find((f) => f.name === name)!.expected.map((l) => l.role));
    expect(roles('x12-837')).toEqual(new Set(['billed']));
    expect(roles('medicare-spr')).toEqual(new Set(['billed']));
    expect(roles('policy-facet')).toEqual(new Set(['mention']));
    expect(roles('forum-notes')).toEqual(new Set(['mention']));
    expect(roles('aria-grid')).toEqual(new Set(['billed', 'mention']));
  });

  it('reaches precision and recall of at least 0.97 (code, modifiers, units and role must all agree)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const problems: string[] = [];
    for (const f of corpus) {
      const { matches } = scans.get(f.name)!;
      const s = score(matches, f.expected);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
      if (s.extra.length || s.missing.length)
        problems.push(`${f.name}: extra [${s.extra.join(' ')}] missing [${s.missing.join(' ')}]`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `detector corpus: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${tp}/${fp}/${fn} tp/fp/fn over ${corpus.length} fixtures)`,
    );
    if (problems.length) console.log(problems.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});
