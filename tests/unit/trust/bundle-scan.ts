/**
 * Scans built extension JavaScript for network-capable and code-from-string APIs (ground rules in DEVELOPERS.md,
 * A6 #11 / B6). Pure: takes file contents, returns hits not covered by the allow-list and allow-list entries
 * that did not match exactly. Used by tests/e2e/trust/build-outputs.test.ts on every build output.
 */
import type { NetworkAllowance } from './network-allowlist';

/** The APIs the scan looks for, each with the pattern that finds it in minified code. */
export const BANNED_APIS = {
  // A call `fetch(` or `x.fetch(` (not `prefetch(`), or the bare global passed around as a value (`f=fetch;`).
  fetch: /(?<![\w$])fetch\s*\(|(?<![\w$.'"`])fetch(?![\w$'"`]|\s*[:(])/g,
  XMLHttpRequest: /XMLHttpRequest/g,
  WebSocket: /WebSocket/g,
  sendBeacon: /sendBeacon/g,
  EventSource: /EventSource/g,
  eval: /(?<![\w$])eval\s*\(/g,
  'new Function': /new\s+Function\s*\(|(?<![\w$.])Function\s*\(/g,
  importScripts: /importScripts\s*\(/g,
  RTCPeerConnection: /RTCPeerConnection/g,
  'remote import()': /import\(\s*["'`](?:https?:)?\/\//g,
} as const satisfies Record<string, RegExp>;

export type BannedApi = keyof typeof BANNED_APIS;

/** One occurrence of a banned API. */
export interface BundleHit {
  file: string;
  api: BannedApi;
  /** Code around the hit (±120 characters). */
  context: string;
  /** Where the hit starts in `context`, and its length. */
  at: number;
  length: number;
}

/** What {@link scanBundle} found. */
export interface BundleScan {
  /** Hits no allow-list entry covers. */
  unexpected: BundleHit[];
  /** Allow-list entries whose hit count in a matching file differs from their `count`. */
  miscounted: { entry: NetworkAllowance; file: string; found: number }[];
  /** Allow-list entries that matched no file at all. */
  unused: NetworkAllowance[];
}

const CONTEXT = 120;

/** Every banned-API hit in one file. */
export function findHits(file: string, code: string): BundleHit[] {
  const hits: BundleHit[] = [];
  for (const [api, pattern] of Object.entries(BANNED_APIS) as [BannedApi, RegExp][]) {
    for (const m of code.matchAll(new RegExp(pattern.source, 'g'))) {
      const start = Math.max(0, m.index - CONTEXT);
      hits.push({
        file,
        api,
        context: code.slice(start, m.index + m[0].length + CONTEXT),
        at: m.index - start,
        length: m[0].length,
      });
    }
  }
  return hits;
}

/** True when `entry.context` matches a stretch of code that contains the hit itself (not just a neighbour). */
export function covers(entry: NetworkAllowance, hit: BundleHit): boolean {
  if (entry.api !== hit.api || !entry.file.test(hit.file)) return false;
  for (const m of hit.context.matchAll(new RegExp(entry.context.source, 'g'))) {
    if (m.index <= hit.at && m.index + m[0].length >= hit.at + hit.length) return true;
  }
  return false;
}

/**
 * Checks the files of one build output against the allow-list.
 * @param files relative path (`background.js`) → file contents.
 */
export function scanBundle(files: Record<string, string>, allowlist: readonly NetworkAllowance[]): BundleScan {
  const unexpected: BundleHit[] = [];
  const miscounted: BundleScan['miscounted'] = [];
  const used = new Set<NetworkAllowance>();
  for (const [file, code] of Object.entries(files)) {
    const counts = new Map<NetworkAllowance, number>();
    for (const hit of findHits(file, code)) {
      const entry = allowlist.find((a) => covers(a, hit));
      if (!entry) unexpected.push(hit);
      else counts.set(entry, (counts.get(entry) ?? 0) + 1);
    }
    for (const entry of allowlist.filter((a) => a.file.test(file))) {
      const found = counts.get(entry) ?? 0;
      if (found > 0) used.add(entry);
      if (found !== entry.count && found > 0) miscounted.push({ entry, file, found });
    }
  }
  return { unexpected, miscounted, unused: allowlist.filter((a) => !used.has(a)) };
}
