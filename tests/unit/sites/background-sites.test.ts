import { describe, expect, it } from 'vitest';
import { installSites, syncSites, type SitesApi } from '../../../lib/background/sites';
import { codeFromSelection, injectOnce } from '../../../lib/background/one-off';
import type { CurrentRegistration, SiteScriptRegistration } from '../../../lib/sites';

/** A fake browser: granted patterns, registered scripts and storage.local, with listener capture. */
function fakeApi(granted: string[], required: string[] = [], local: Record<string, unknown> = {}) {
  const state = { granted: [...granted], scripts: [] as CurrentRegistration[], local: { ...local }, writes: 0, injected: [] as number[], present: new Set<number>() };
  const listeners: Record<string, ((...a: never[]) => unknown)[]> = {};
  const ev = (name: string) => ({ addListener: (fn: (...a: never[]) => unknown) => { (listeners[name] ??= []).push(fn); } });
  const api: SitesApi = {
    runtime: { id: 'me', getURL: (p) => `chrome-extension://me${p}`, getManifest: () => ({ host_permissions: required }), onInstalled: ev('installed'), onStartup: ev('startup'), onMessage: ev('message') as SitesApi['runtime']['onMessage'] },
    permissions: {
      getAll: async () => ({ origins: [...state.granted] }),
      remove: async ({ origins = [] }) => { if (origins.some((o) => required.includes(o))) throw new Error('required'); state.granted = state.granted.filter((g) => !origins.includes(g)); return true; },
      onAdded: ev('added'), onRemoved: ev('removed'),
    },
    scripting: {
      getRegisteredContentScripts: async () => state.scripts.map((s) => ({ ...s })),
      registerContentScripts: async (s: SiteScriptRegistration[]) => { if (state.scripts.some((x) => x.id === s[0].id)) throw new Error('Duplicate script ID'); state.scripts.push(...s); },
      updateContentScripts: async (s: SiteScriptRegistration[]) => { state.scripts = state.scripts.map((x) => (x.id === s[0].id ? s[0] : x)); },
      unregisterContentScripts: async ({ ids }) => { state.scripts = state.scripts.filter((x) => !ids.includes(x.id)); },
      executeScript: async ({ target }) => { state.injected.push(target.tabId); state.present.add(target.tabId); return []; },
    },
    tabs: { sendMessage: async (tabId) => { if (!state.present.has(tabId)) throw new Error('Receiving end does not exist'); return { matches: 0 }; } },
    storage: { local: { get: async (k) => ({ [k]: state.local[k] }), set: async (items) => { state.writes++; Object.assign(state.local, structuredClone(items)); } } },
  };
  return { api, state, listeners };
}

describe('syncSites', () => {
  it('registers granted runtime origins and stores them; a second sync changes nothing', async () => {
    const { api, state } = fakeApi(['https://b.com/*', 'https://a.com/*', 'http://127.0.0.1/*'], ['http://127.0.0.1/*']);
    expect(await syncSites(api)).toEqual({ sites: ['https://a.com', 'https://b.com'], registered: ['https://a.com/*', 'https://b.com/*'] });
    expect(state.scripts).toHaveLength(1);
    expect((state.local.settings as { enabledSites: string[] }).enabledSites).toEqual(['https://a.com', 'https://b.com']);
    const writes = state.writes;
    await syncSites(api);
    expect(state.writes).toBe(writes);
  });
  it('keeps recent lookups when it rewrites the site list, and survives a corrupt stored blob', async () => {
    const { api, state } = fakeApi(['https://a.com/*'], [], { settings: { version: 1, enabledSites: 'garbage', recentLookups: ['64634'] } });
    await syncSites(api);
    expect(state.local.settings).toEqual({ version: 1, enabledSites: ['https://a.com'], recentLookups: ['64634'] });
  });
  it('a revoked permission unregisters and drops the site (onRemoved)', async () => {
    const { api, state, listeners } = fakeApi(['https://a.com/*']);
    const { sync } = installSites(api);
    await sync();
    state.granted = [];
    listeners.removed[0]({ origins: ['https://a.com/*'] } as never);
    await sync();
    expect(state.scripts).toEqual([]);
    expect((state.local.settings as { enabledSites: string[] }).enabledSites).toEqual([]);
  });
});

describe('site messages in the background', () => {
  const ask = (listeners: Record<string, ((...a: never[]) => unknown)[]>, msg: unknown, id = 'me') =>
    listeners.message[0](msg as never, { id } as never) as Promise<unknown> | undefined;

  it('enable keeps only granted origins; remove works even for fixed access; strangers get no answer', async () => {
    const { api, state, listeners } = fakeApi(['http://127.0.0.1/*'], ['http://127.0.0.1/*']);
    installSites(api);
    expect(await ask(listeners, { type: 'uiToBg:enableSites', origins: ['http://127.0.0.1', 'https://not-granted.com'] }))
      .toEqual({ ok: true, sites: ['http://127.0.0.1'], registered: ['http://127.0.0.1/*'] });
    expect(ask(listeners, { type: 'uiToBg:listSites' }, 'other-extension')).toBeUndefined();
    expect(ask(listeners, { type: 'csToBg:codeDetails', code: '64634' })).toBeUndefined();
    expect(await ask(listeners, { type: 'uiToBg:removeSite', origin: 'http://127.0.0.1' })).toEqual({ ok: true, sites: [], registered: [] });
    expect(state.scripts).toEqual([]);
  });
  it('concurrent requests never register the one id twice', async () => {
    const { api, state, listeners } = fakeApi(['https://a.com/*', 'https://b.com/*']);
    installSites(api);
    const answers = await Promise.all([1, 2, 3].map(() => ask(listeners, { type: 'uiToBg:listSites' })));
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    expect(state.scripts).toHaveLength(1);
  });
  it('runOnce injects into a tab without the content script, and not twice', async () => {
    const { api, state, listeners } = fakeApi([]);
    installSites(api);
    await ask(listeners, { type: 'uiToBg:runOnce', tabId: 4 });
    await ask(listeners, { type: 'uiToBg:runOnce', tabId: 4 });
    expect(state.injected).toEqual([4]);
    expect(await injectOnce(api, 4)).toBe('present');
  });
});

describe('codeFromSelection', () => {
  it('takes exactly one code and drops any other selected text', () => {
    expect(codeFromSelection(' 64634 ')).toBe('64634');
    expect(codeFromSelection('+64634')).toBe('64634');
    expect(codeFromSelection('j1100')).toBe('J1100');
    for (const s of ['Patient John 64634', '99213 99214', '', undefined, 'PATIENT_CANARY_7f3a']) expect(codeFromSelection(s)).toBeUndefined();
  });
});
