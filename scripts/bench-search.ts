/**
 * Search latency benchmark: `npx tsx scripts/bench-search.ts [--runs N] [--fuse-baseline]`.
 *
 * Prints p50/p95 per query type over the full dataset, as wall-clock time and as this process's
 * CPU time (the machine is shared, so wall-clock spikes include time spent descheduled), plus the
 * engine build time and what a prebuilt index would cost to load. `--fuse-baseline` also times a
 * plain Fuse instance over every document (the design the engine replaced) and its
 * `Fuse.createIndex` / `Fuse.parseIndex` build-vs-load times.
 *
 * Without project content (lib/editorial) it uses a synthetic stand-in giving every CPT code a
 * category and a tenth of them a summary, so the searched fields have realistic sizes.
 */
import { cpuUsage } from 'node:process';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { buildSearchDocuments } from '../lib/search/build-documents';
import { createSearchEngine, createSearchEngineFromIndex } from '../lib/search/engine';
import { serializeSearchIndex } from '../lib/search/serialized-index';
import type { SearchContent, SearchDocument } from '../lib/search/types';
import { loadDataset } from './node/load-dataset';
import { projectSearchContent } from './cli/search';
import { bundledSearchContent } from '../lib/search/bundled-content';

const QUERIES: Record<string, string[]> = {
  'code prefix': [
    '6',
    '64',
    '646',
    '6463',
    '64634',
    '0213T',
    '0213t',
    'J1',
    'J11',
    'j1100',
    '99213',
    'A0021',
    '+64634',
  ],
  'single word': [
    'facet',
    'injection',
    'ambulance',
    'dexamethasone',
    'wheelchair',
    'catheter',
    'nerve',
    'supply',
    'oxygen',
  ],
  typo: ['facett', 'radiofreq', 'dexametasone', 'ambulanse', 'wheelchiar', 'injecton', 'cathter'],
  'multi-word': [
    'medial branch block',
    'radiofrequency ablation',
    'per mile transport',
    'dexamethasone 1 mg',
    'power wheelchair base',
    'facet joint injection lumbar',
  ],
  keystrokes: [
    'f',
    'fa',
    'fac',
    'face',
    'facet',
    'r',
    'ra',
    'rad',
    'radi',
    'radio',
    'radiof',
    'radiofr',
    'm',
    'me',
    'med',
    'medi',
    'medial',
    'medial b',
    'medial br',
  ],
};

function pct(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(2);
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1].toFixed(2) };
}

function syntheticContent(codes: readonly string[]): SearchContent {
  const cats = [
    'Spine and nerve procedures',
    'Evaluation and management visits',
    'Laboratory and pathology tests',
    'Radiology and imaging',
    'Surgery on the musculoskeletal system',
    'Cardiovascular procedures',
    'Medicine services',
  ];
  const summary = new Map<string, string>();
  codes.forEach((c, i) => {
    if (/^\d/.test(c) && i % 10 === 0)
      summary.set(c, `Plain-language stand-in summary number ${i} for benchmarking field sizes only`);
  });
  return {
    summaryOf: (c) => summary.get(c),
    categoryOf: (c) => (/^\d/.test(c) ? cats[Number(c.slice(0, 2)) % cats.length] : undefined),
    synonyms: { '64633': ['RFA', 'radiofrequency ablation', 'facet denervation'], '64634': ['RFA', 'facet'] },
  };
}

function timeIt<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

function bench(name: string, search: (q: string) => unknown, runs: number): void {
  for (const qs of Object.values(QUERIES)) for (const q of qs) search(q); // warm-up (JIT)
  console.log(`\n${name}: wall-clock ms (CPU ms)`);
  const allWall: number[] = [];
  const allCpu: number[] = [];
  for (const [kind, qs] of Object.entries(QUERIES)) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < runs; r++) {
      for (const q of qs) {
        const c = cpuUsage();
        const t = performance.now();
        search(q);
        wall.push(performance.now() - t);
        const d = cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
    }
    allWall.push(...wall);
    allCpu.push(...cpu);
    const w = pct(wall);
    const c = pct(cpu);
    console.log(
      `  ${kind.padEnd(12)} p50 ${w.p50} (${c.p50})  p95 ${w.p95} (${c.p95})  max ${w.max}  n=${wall.length}`,
    );
  }
  const w = pct(allWall);
  const c = pct(allCpu);
  console.log(
    `  ${'all'.padEnd(12)} p50 ${w.p50} (${c.p50})  p95 ${w.p95} (${c.p95})  max ${w.max}  n=${allWall.length}`,
  );
}

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
const ds = loadDataset();
const real = await projectSearchContent();
const content = real ?? syntheticContent(ds.allCodes());
const [, contentMs] = timeIt(() => bundledSearchContent(ds.allCodes()));
const [docs, docsMs] = timeIt(() => buildSearchDocuments(ds, content));
const [engine, engineMs] = timeIt(() => {
  const e = createSearchEngine(docs);
  e.warm();
  return e;
});
const json = JSON.stringify(serializeSearchIndex(docs));
const [, loadMs] = timeIt(() => createSearchEngineFromIndex(JSON.parse(json))!.warm());
console.log(`documents: ${docs.length} (content: ${real ? 'project content' : 'synthetic stand-in'})`);
console.log(
  `startup from dataset: content ${contentMs.toFixed(0)} ms + documents ${docsMs.toFixed(0)} ms + indexes ${engineMs.toFixed(0)} ms; ` +
    `from prebuilt index (${(json.length / 1024 / 1024).toFixed(1)} MB JSON): ${loadMs.toFixed(0)} ms including JSON.parse`,
);
bench('engine', (q) => engine.search(q), runs);

if (args.includes('--fuse-baseline')) {
  const keys = [
    { name: 'synonyms', weight: 3 },
    { name: 'label', weight: 2 },
    { name: 'category', weight: 1.5 },
    { name: 'text', weight: 1 },
  ];
  const [fuseIndex, createMs] = timeIt(() => Fuse.createIndex(keys, docs));
  const json = JSON.stringify(fuseIndex.toJSON());
  const [parsed, parseMs] = timeIt(() => Fuse.parseIndex<SearchDocument>(JSON.parse(json)));
  const fuse = new Fuse(docs, { keys, ignoreLocation: true, threshold: 0.34, includeScore: true }, parsed);
  console.log(
    `\nFuse over all documents: createIndex ${createMs.toFixed(1)} ms; prebuilt ${(json.length / 1024 / 1024).toFixed(1)} MB JSON, JSON.parse + parseIndex ${parseMs.toFixed(1)} ms`,
  );
  bench('plain Fuse baseline', (q) => fuse.search(q, { limit: 20 }), Math.max(1, Math.floor(runs / 10)));
}
