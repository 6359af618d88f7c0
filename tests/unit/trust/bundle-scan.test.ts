/**
 * The bundle scanner on small synthetic bundles: it must catch each banned API in the forms a minifier
 * produces, leave look-alikes alone, and hold the allow-list to exact counts. The scan of the real build
 * outputs runs in tests/e2e/trust/build-outputs.test.ts (after the builds).
 */
import { describe, expect, it } from 'vitest';
import { findHits, scanBundle, type BannedApi } from './bundle-scan';
import { NETWORK_ALLOWLIST, type NetworkAllowance } from './network-allowlist';

describe('findHits', () => {
  it('finds every banned API', () => {
    const samples: [string, BannedApi][] = [
      ['fetch("https://example.com")', 'fetch'],
      ['self.fetch(u,{method:"POST"})', 'fetch'],
      ['const f=fetch;f(u)', 'fetch'],
      ['x.bind(fetch)', 'fetch'],
      ['new XMLHttpRequest', 'XMLHttpRequest'],
      ['new WebSocket("wss://x")', 'WebSocket'],
      ['navigator.sendBeacon(u,d)', 'sendBeacon'],
      ['new EventSource(u)', 'EventSource'],
      ['eval(s)', 'eval'],
      ['new Function("return this")', 'new Function'],
      ['Function("return this")()', 'new Function'],
      ['importScripts("https://cdn.example/x.js")', 'importScripts'],
      ['new RTCPeerConnection(c)', 'RTCPeerConnection'],
      ['import("https://cdn.example/x.js")', 'remote import()'],
    ];
    for (const [code, api] of samples)
      expect(
        findHits('x.js', code).map((h) => h.api),
        code,
      ).toEqual([api]);
  });

  it('ignores look-alikes', () => {
    for (const code of [
      'this.actions.prefetch(e)',
      '{fetch:1}',
      'const s="fetch";',
      'retrieval(e)',
      'medieval(x)',
      'myFunction(1)',
      'import("./chunk.js")',
    ]) {
      expect(findHits('x.js', code), code).toEqual([]);
    }
  });
});

describe('scanBundle', () => {
  const entry: NetworkAllowance = {
    api: 'fetch',
    file: /^bg\.js$/,
    context: /\.fetch\([\w.]*getURL\(\w+\)\)/,
    count: 1,
    why: 'test',
  };

  it('passes allowed hits and reports a new remote fetch next to them', () => {
    const ok = scanBundle({ 'bg.js': 'a.fetch(b.runtime.getURL(p))' }, [entry]);
    expect(ok).toEqual({ unexpected: [], miscounted: [], unused: [] });
    const bad = scanBundle({ 'bg.js': 'a.fetch(b.runtime.getURL(p));fetch("https://example.com")' }, [entry]);
    expect(bad.unexpected.map((h) => h.api)).toEqual(['fetch']);
  });

  it('reports a changed count and an entry nothing matches', () => {
    expect(scanBundle({ 'bg.js': 'a.fetch(getURL(p));a.fetch(getURL(q))' }, [entry]).miscounted).toHaveLength(1);
    expect(scanBundle({ 'bg.js': 'nothing here' }, [entry]).unused).toEqual([entry]);
  });

  it('the real allow-list justifies every entry', () => {
    for (const a of NETWORK_ALLOWLIST) {
      expect(a.why.length, a.context.source).toBeGreaterThan(60);
      expect(a.count).toBeGreaterThan(0);
    }
  });
});
