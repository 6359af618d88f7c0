/**
 * A tiny seeded generator of hostile values for fuzz tests (mulberry32), so failures reproduce.
 * Not a test file itself.
 */
// One seeded generator for every test (tests/helpers/shared-cms.ts); re-exported under the name these fuzz tests use.
export { seededRandom as mulberry32 } from '../../helpers/shared-cms';

const INTERESTING_STRINGS = [
  '',
  ' ',
  'J5',
  'jk',
  'JZ',
  'aetna',
  'AETNA',
  'medicare',
  '__proto__',
  'constructor',
  'prototype',
  'https://www.availity.com',
  'https://*.availity.com',
  '*://*/*',
  '<all_urls>',
  'javascript:alert(1)',
  'http://127.0.0.1:8080',
  'https://example.com/path',
  '64634',
  '0213T',
  'j1100',
  '99213<script>',
  'underline',
  'tint',
  'off',
  'dark',
  'light',
  'system',
  'shown',
  'collapsed',
  'hidden',
  '\u202e',
  '\u0000',
  'x'.repeat(5000),
];
const KEYS = [
  'version',
  'payers',
  'selected',
  'macJurisdiction',
  'bcbsPlan',
  'enabledSites',
  'preferences',
  'hoverDelayMs',
  'highlightStyle',
  'codeSystems',
  'cptI',
  'hcpcs',
  'popoverSections',
  'summary',
  'theme',
  'recentLookups',
  'selectedPayers',
  'hoverDelay',
  '__proto__',
  'constructor',
  'toString',
];

/** A random JSON-like value up to `depth` levels deep, biased towards plausible settings keys. */
export function randomValue(rand: () => number, depth = 4): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const r = rand();
  if (depth <= 0 || r < 0.35) {
    const s = rand();
    if (s < 0.1) return null;
    if (s < 0.15) return undefined;
    if (s < 0.3) return rand() < 0.5;
    if (s < 0.5)
      return pick([0, -1, 1, 2, 99, 300, 3001, 1.5, NaN, Infinity, -Infinity, 1e308, Number.MAX_SAFE_INTEGER + 2]);
    return pick(INTERESTING_STRINGS);
  }
  if (r < 0.55) {
    const n = Math.floor(rand() * 8);
    return Array.from({ length: n }, () => randomValue(rand, depth - 1));
  }
  const obj: Record<string, unknown> = {};
  const n = Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) {
    // defineProperty so `__proto__` becomes an own key, exactly as JSON.parse would make it.
    Object.defineProperty(obj, pick(KEYS), {
      value: randomValue(rand, depth - 1),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return obj;
}

/** A deep copy of `base` with one to three randomly chosen leaves or branches replaced by random values. */
export function mutate(base: unknown, rand: () => number): unknown {
  const copy = structuredClone(base);
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    let node = copy as Record<string, unknown>;
    for (;;) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const k = keys[Math.floor(rand() * keys.length)];
      const child = node[k];
      if (child !== null && typeof child === 'object' && rand() < 0.6) {
        node = child as Record<string, unknown>;
        continue;
      }
      node[k] = randomValue(rand, 2);
      break;
    }
  }
  return copy;
}
