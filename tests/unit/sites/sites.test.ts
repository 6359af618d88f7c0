import { describe, expect, it } from 'vitest';
import {
  CURATED_PORTALS, curatedOrigins, desiredRegistration, matchPatternToOrigin, parseSitesRequest, patternForOrigin,
  reconcileSites, registrationStep, siteOriginOfUrl, userGrantedOrigins, SITES_SCRIPT_ID,
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
    for (const p of ['<all_urls>', 'https://*/*', '*://x.com/*', 'https://*.x.com/*', 'https://x.com/path/*', 'ftp://x.com/*']) {
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
    for (const u of ['chrome://extensions', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', 'not a url', undefined]) expect(siteOriginOfUrl(u)).toBeUndefined();
  });
  it('userGrantedOrigins leaves out the manifest’s own host access and broad patterns', () => {
    expect(userGrantedOrigins(['http://127.0.0.1/*', 'https://b.com/*', 'https://a.com/*', 'https://*/*', 'https://a.com/*'], ['http://127.0.0.1/*']))
      .toEqual(['https://a.com', 'https://b.com']);
  });
});

describe('reconcileSites', () => {
  it('keeps stored and added origins only while granted; runtime grants are always in', () => {
    expect(reconcileSites({ granted: ['https://a.com/*', 'http://127.0.0.1/*'], required: ['http://127.0.0.1/*'], stored: ['https://gone.com'], add: ['http://127.0.0.1:5000'] }))
      .toEqual(['http://127.0.0.1:5000', 'https://a.com']);
  });
  it('a dropped origin leaves even when its permission cannot be removed', () => {
    expect(reconcileSites({ granted: ['http://127.0.0.1/*'], required: ['http://127.0.0.1/*'], stored: ['http://127.0.0.1'], drop: ['http://127.0.0.1'] })).toEqual([]);
  });
  it('a revoked permission removes the site', () => {
    expect(reconcileSites({ granted: [], stored: ['https://a.com'] })).toEqual([]);
  });
});

describe('registration', () => {
  it('one script for every site, all frames, document_idle; none without sites', () => {
    expect(desiredRegistration([])).toBeNull();
    expect(desiredRegistration(['https://b.com', 'https://a.com', 'http://127.0.0.1:99'])).toEqual({
      id: SITES_SCRIPT_ID, matches: ['http://127.0.0.1/*', 'https://a.com/*', 'https://b.com/*'], js: ['content-scripts/content.js'],
      allFrames: true, runAt: 'document_idle', persistAcrossSessions: true,
    });
  });
  it('chooses register, update, unregister or nothing', () => {
    const want = desiredRegistration(['https://a.com'])!;
    expect(registrationStep([], want)).toEqual({ kind: 'register', script: want });
    expect(registrationStep([{ ...want, matches: ['https://a.com/*'] }], want)).toEqual({ kind: 'none' });
    expect(registrationStep([{ ...want, matches: ['https://old.com/*'] }], want)).toEqual({ kind: 'update', script: want });
    expect(registrationStep([{ ...want, allFrames: false }], want)).toEqual({ kind: 'update', script: want });
    expect(registrationStep([{ id: SITES_SCRIPT_ID }], null)).toEqual({ kind: 'unregister', id: SITES_SCRIPT_ID });
    expect(registrationStep([{ id: 'someone-else' }], null)).toEqual({ kind: 'none' });
  });
});

describe('site messages', () => {
  it('accepts and normalises valid requests', () => {
    expect(parseSitesRequest({ type: 'uiToBg:enableSites', origins: ['HTTPS://A.com/', 'https://a.com'] })).toEqual({ type: 'uiToBg:enableSites', origins: ['https://a.com'] });
    expect(parseSitesRequest({ type: 'uiToBg:removeSite', origin: 'https://a.com' })).toEqual({ type: 'uiToBg:removeSite', origin: 'https://a.com' });
    expect(parseSitesRequest({ type: 'uiToBg:listSites', extra: 1 })).toEqual({ type: 'uiToBg:listSites' });
    expect(parseSitesRequest({ type: 'uiToBg:runOnce', tabId: 7 })).toEqual({ type: 'uiToBg:runOnce', tabId: 7 });
  });
  it('rejects anything malformed', () => {
    for (const m of [null, 'x', [], { type: 'uiToBg:enableSites', origins: [] }, { type: 'uiToBg:enableSites', origins: ['<all_urls>'] },
      { type: 'uiToBg:enableSites', origins: Array(201).fill('https://a.com') }, { type: 'uiToBg:removeSite', origin: 'https://*.com' },
      { type: 'uiToBg:runOnce', tabId: -1 }, { type: 'uiToBg:runOnce', tabId: 1.5 }, { type: 'csToBg:enableSites', origins: ['https://a.com'] }]) {
      expect(parseSitesRequest(m)).toBeUndefined();
    }
  });
});
