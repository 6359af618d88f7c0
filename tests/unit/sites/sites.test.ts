import { describe, expect, it } from 'vitest';
import {
  CURATED_PORTALS,
  curatedOrigins,
  desiredRegistrations,
  matchPatternToOrigin,
  parseSitesRequest,
  patternForOrigin,
  reconcileSites,
  registrationCalls,
  registrationSteps,
  siteOriginOfUrl,
  userGrantedOrigins,
  SITES_SCRIPT_ID,
  SITES_STYLE_SCRIPT_ID,
} from '../../../lib/sites';
import { normalizeOrigin } from '../../../lib/settings/origins';

describe('curated portals', () => {
  it('lists only canonical https origins, unique ids', () => {
    for (const p of CURATED_PORTALS) for (const o of p.origins) expect(normalizeOrigin(o)).toBe(o);
    for (const p of CURATED_PORTALS) for (const o of p.origins) expect(o.startsWith('https://')).toBe(true);
    expect(new Set(CURATED_PORTALS.map((p) => p.id)).size).toBe(CURATED_PORTALS.length);
  });
  it('curatedOrigins picks the chosen portals, de-duplicated, in list order', () => {
    expect(curatedOrigins(['uhc', 'availity'])).toEqual(['https://apps.availity.com', 'https://www.uhcprovider.com']);
    expect(curatedOrigins().length).toBe(new Set(CURATED_PORTALS.flatMap((p) => p.origins)).size);
    expect(curatedOrigins(['nope'])).toEqual([]);
  });
});

describe('origin ↔ match pattern', () => {
  it('maps concrete patterns to origins and refuses wildcards', () => {
    expect(matchPatternToOrigin('https://apps.availity.com/*')).toBe('https://apps.availity.com');
    expect(matchPatternToOrigin('http://127.0.0.1/*')).toBe('http://127.0.0.1');
    for (const p of [
      '<all_urls>',
      'https://*/*',
      '*://x.com/*',
      'https://*.x.com/*',
      'https://x.com/path/*',
      'ftp://x.com/*',
    ]) {
      expect(matchPatternToOrigin(p)).toBeUndefined();
    }
  });
  it('patternForOrigin normalises and drops the port (Firefox patterns take none)', () => {
    expect(patternForOrigin('HTTPS://Apps.Availity.com/')).toBe('https://apps.availity.com/*');
    expect(patternForOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(patternForOrigin('javascript:alert(1)')).toBeUndefined();
  });
  it('siteOriginOfUrl takes http(s) pages only', () => {
    expect(siteOriginOfUrl('https://apps.availity.com/availity/web/x?y=1#z')).toBe('https://apps.availity.com');
    expect(siteOriginOfUrl('http://127.0.0.1:4000/a.html')).toBe('http://127.0.0.1:4000');
    for (const u of [
      'chrome://extensions',
      'file:///tmp/a.html',
      'chrome-extension://abc/popup.html',
      'not a url',
      undefined,
    ])
      expect(siteOriginOfUrl(u)).toBeUndefined();
  });
  it('userGrantedOrigins leaves out the manifest’s own host access and broad patterns', () => {
    expect(
      userGrantedOrigins(
        ['http://127.0.0.1/*', 'https://b.com/*', 'https://a.com/*', 'https://*/*', 'https://a.com/*'],
        ['http://127.0.0.1/*'],
      ),
    ).toEqual(['https://a.com', 'https://b.com']);
  });
});

describe('reconcileSites', () => {
  it('keeps stored and added origins only while granted; runtime grants are always in', () => {
    expect(
      reconcileSites({
        granted: ['https://a.com/*', 'http://127.0.0.1/*'],
        required: ['http://127.0.0.1/*'],
        stored: ['https://gone.com'],
        add: ['http://127.0.0.1:5000'],
      }),
    ).toEqual(['http://127.0.0.1:5000', 'https://a.com']);
  });
  it('a dropped origin leaves even when its permission cannot be removed', () => {
    expect(
      reconcileSites({
        granted: ['http://127.0.0.1/*'],
        required: ['http://127.0.0.1/*'],
        stored: ['http://127.0.0.1'],
        drop: ['http://127.0.0.1'],
      }),
    ).toEqual([]);
  });
  it('a revoked permission removes the site', () => {
    expect(reconcileSites({ granted: [], stored: ['https://a.com'] })).toEqual([]);
  });
});

describe('registration', () => {
  const MAIN = SITES_SCRIPT_ID;
  const STYLE = SITES_STYLE_SCRIPT_ID;

  it('two scripts for every site, same matches, all frames (URL-less ones too): content.js at document_idle, the sheet at document_start; none without sites', () => {
    expect(desiredRegistrations([])).toEqual([]);
    const matches = ['http://127.0.0.1/*', 'https://a.com/*', 'https://b.com/*'];
    expect(desiredRegistrations(['https://b.com', 'https://a.com', 'http://127.0.0.1:99', 'https://a.com'])).toEqual([
      {
        id: 'claimlens-sites',
        matches,
        js: ['content-scripts/content.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      {
        id: 'claimlens-sites-style',
        matches,
        js: ['content-scripts/highlight-sheet.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('registers both when neither is registered, and leaves both alone when they match', () => {
    const want = desiredRegistrations(['https://a.com']);
    expect(registrationSteps([], want)).toEqual([
      { kind: 'register', script: want[0] },
      { kind: 'register', script: want[1] },
    ]);
    // The browser reports matches in its own order and may omit persistAcrossSessions.
    const current = want.map(({ persistAcrossSessions: _, ...r }) => ({ ...r, matches: [...r.matches].reverse() }));
    expect(registrationSteps(current, want)).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'none', id: STYLE },
    ]);
    expect(registrationSteps(want, want)).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'none', id: STYLE },
    ]);
  });

  it('updates only the registration that differs', () => {
    const want = desiredRegistrations(['https://a.com', 'https://b.com']);
    const [main, style] = want;
    expect(registrationSteps([main, { ...style, matches: ['https://a.com/*'] }], want)).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'update', script: style },
    ]);
    expect(registrationSteps([{ ...main, allFrames: false }, style], want)).toEqual([
      { kind: 'update', script: main },
      { kind: 'none', id: STYLE },
    ]);
    // A style script left at the content script's timing (or missing runAt, i.e. document_idle) is moved to document_start.
    expect(registrationSteps([main, { ...style, runAt: 'document_idle' }], want)).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'update', script: style },
    ]);
    expect(
      registrationSteps([main, { id: STYLE, matches: style.matches, js: style.js, allFrames: true }], want)[1],
    ).toEqual({ kind: 'update', script: style });
    expect(registrationSteps([main, { ...style, js: ['content-scripts/content.js'] }], want)[1]).toEqual({
      kind: 'update',
      script: style,
    });
    expect(registrationSteps([{ ...main, persistAcrossSessions: false }, style], want)[0]).toEqual({
      kind: 'update',
      script: main,
    });
    // Registered before URL-less frames (srcdoc, about:blank) were covered: updated in place, both scripts.
    const { matchOriginAsFallback: _a, ...oldMain } = main;
    const { matchOriginAsFallback: _b, ...oldStyle } = style;
    expect(registrationSteps([oldMain, { ...oldStyle, matchOriginAsFallback: false }], want)).toEqual([
      { kind: 'update', script: main },
      { kind: 'update', script: style },
    ]);
  });

  it('repairs a stale state holding only one of the two ids', () => {
    const want = desiredRegistrations(['https://a.com']);
    const [main, style] = want;
    // Registered by a version without the style script: only the content script is there.
    expect(registrationSteps([main], want)).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'register', script: style },
    ]);
    expect(registrationSteps([{ ...main, matches: ['https://old.com/*'] }], want)).toEqual([
      { kind: 'update', script: main },
      { kind: 'register', script: style },
    ]);
    expect(registrationSteps([style], want)).toEqual([
      { kind: 'register', script: main },
      { kind: 'none', id: STYLE },
    ]);
  });

  it('unregisters both when no site is left, only what is there, and never a registration under another id', () => {
    const [main, style] = desiredRegistrations(['https://a.com']);
    expect(registrationSteps([main, style, { id: 'someone-else' }], [])).toEqual([
      { kind: 'unregister', id: MAIN },
      { kind: 'unregister', id: STYLE },
    ]);
    expect(registrationSteps([{ id: STYLE }], [])).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'unregister', id: STYLE },
    ]);
    expect(registrationSteps([{ id: 'someone-else' }], [])).toEqual([
      { kind: 'none', id: MAIN },
      { kind: 'none', id: STYLE },
    ]);
  });

  it('groups the steps into one scripting call per kind', () => {
    const [main, style] = desiredRegistrations(['https://a.com']);
    expect(
      registrationCalls([
        { kind: 'register', script: main },
        { kind: 'register', script: style },
      ]),
    ).toEqual({ unregister: [], register: [main, style], update: [] });
    expect(
      registrationCalls([
        { kind: 'update', script: main },
        { kind: 'register', script: style },
      ]),
    ).toEqual({ unregister: [], register: [style], update: [main] });
    expect(
      registrationCalls([
        { kind: 'unregister', id: MAIN },
        { kind: 'unregister', id: STYLE },
      ]),
    ).toEqual({ unregister: [MAIN, STYLE], register: [], update: [] });
    expect(
      registrationCalls([
        { kind: 'none', id: MAIN },
        { kind: 'none', id: STYLE },
      ]),
    ).toEqual({ unregister: [], register: [], update: [] });
  });
});

describe('site messages', () => {
  it('accepts and normalises valid requests', () => {
    expect(parseSitesRequest({ type: 'uiToBg:enableSites', origins: ['HTTPS://A.com/', 'https://a.com'] })).toEqual({
      type: 'uiToBg:enableSites',
      origins: ['https://a.com'],
    });
    expect(parseSitesRequest({ type: 'uiToBg:removeSite', origin: 'https://a.com' })).toEqual({
      type: 'uiToBg:removeSite',
      origin: 'https://a.com',
    });
    expect(parseSitesRequest({ type: 'uiToBg:listSites', extra: 1 })).toEqual({ type: 'uiToBg:listSites' });
    expect(parseSitesRequest({ type: 'uiToBg:runOnce', tabId: 7 })).toEqual({ type: 'uiToBg:runOnce', tabId: 7 });
  });
  it('rejects anything malformed', () => {
    for (const m of [
      null,
      'x',
      [],
      { type: 'uiToBg:enableSites', origins: [] },
      { type: 'uiToBg:enableSites', origins: ['<all_urls>'] },
      { type: 'uiToBg:enableSites', origins: Array(201).fill('https://a.com') },
      { type: 'uiToBg:removeSite', origin: 'https://*.com' },
      { type: 'uiToBg:runOnce', tabId: -1 },
      { type: 'uiToBg:runOnce', tabId: 1.5 },
      { type: 'csToBg:enableSites', origins: ['https://a.com'] },
    ]) {
      expect(parseSitesRequest(m)).toBeUndefined();
    }
  });
});
