import { describe, expect, it } from 'vitest';
import { installSites, syncSites, type SitesApi } from '../../../lib/background/sites';
import type { SettingsStore } from '../../../lib/settings/storage';
import { injectOnce } from '../../../lib/background/one-off';
import { codeFromSelection } from '../../../lib/background/context-menus';
import {
  desiredRegistrations,
  SITES_SCRIPT_ID,
  SITES_STYLE_SCRIPT_ID,
  type CurrentRegistration,
  type SiteScriptRegistration,
} from '../../../lib/sites';

/**
 * A fake browser: granted patterns, registered scripts and storage.local, with listener capture. The scripting
 * calls follow Chromium: a call applies all its scripts or none, registering an existing id or updating or
 * unregistering a missing one rejects. Every scripting call is logged in `calls`.
 */
function fakeApi(granted: string[], required: string[] = [], local: Record<string, unknown> = {}) {
  const state = {
    granted: [...granted],
    scripts: [] as CurrentRegistration[],
    local: { ...local },
    writes: 0,
    injected: [] as number[],
    present: new Set<number>(),
    calls: [] as string[],
    files: [] as string[][],
  };
  const has = (id: string) => state.scripts.some((x) => x.id === id);
  const listeners: Record<string, ((...a: never[]) => unknown)[]> = {};
  const ev = (name: string) => ({
    addListener: (fn: (...a: never[]) => unknown) => {
      listeners[name] ??= [];
      listeners[name].push(fn);
    },
  });
  const api: SitesApi = {
    runtime: {
      id: 'me',
      getURL: (p) => `chrome-extension://me${p}`,
      getManifest: () => ({ manifest_version: 3, host_permissions: required }),
      onInstalled: ev('installed'),
      onStartup: ev('startup'),
      onMessage: ev('message') as SitesApi['runtime']['onMessage'],
    },
    permissions: {
      getAll: async () => ({ origins: [...state.granted] }),
      remove: async ({ origins = [] }) => {
        if (origins.some((o) => required.includes(o))) throw new Error('required');
        state.granted = state.granted.filter((g) => !origins.includes(g));
        return true;
      },
      onAdded: ev('added'),
      onRemoved: ev('removed'),
    },
    scripting: {
      getRegisteredContentScripts: async () => state.scripts.map((s) => ({ ...s })),
      registerContentScripts: async (s: SiteScriptRegistration[]) => {
        state.calls.push(`register ${s.map((x) => x.id).join(',')}`);
        if (s.some((x) => has(x.id))) throw new Error('Duplicate script ID');
        state.scripts.push(...structuredClone(s));
      },
      updateContentScripts: async (s: SiteScriptRegistration[]) => {
        state.calls.push(`update ${s.map((x) => x.id).join(',')}`);
        if (!s.every((x) => has(x.id))) throw new Error('Nonexistent script ID');
        state.scripts = state.scripts.map((x) => structuredClone(s.find((u) => u.id === x.id) ?? x));
      },
      unregisterContentScripts: async ({ ids }) => {
        state.calls.push(`unregister ${ids.join(',')}`);
        if (!ids.every(has)) throw new Error('Nonexistent script ID');
        state.scripts = state.scripts.filter((x) => !ids.includes(x.id));
      },
      executeScript: async ({ target, files }) => {
        state.injected.push(target.tabId);
        state.files.push(files ?? []);
        state.present.add(target.tabId);
        return [];
      },
    },
    tabs: {
      sendMessage: async (tabId) => {
        if (!state.present.has(tabId)) throw new Error('Receiving end does not exist');
        return { matches: 0 };
      },
    },
  };
  // The `local:settings` storage item (components/extension/storage-items.ts) over the same fake storage.
  const store: SettingsStore = {
    get: async () => state.local.settings,
    set: async (v) => {
      state.writes++;
      state.local.settings = structuredClone(v);
    },
  };
  return { api, state, listeners, store };
}

describe('syncSites', () => {
  it('registers granted runtime origins and stores them; a second sync changes nothing', async () => {
    const { api, state, store } = fakeApi(
      ['https://b.com/*', 'https://a.com/*', 'http://127.0.0.1/*'],
      ['http://127.0.0.1/*'],
    );
    expect(await syncSites(api, store)).toEqual({
      sites: ['https://a.com', 'https://b.com'],
      registered: ['https://a.com/*', 'https://b.com/*'],
    });
    const matches = ['https://a.com/*', 'https://b.com/*'];
    expect(state.scripts).toEqual([
      {
        id: SITES_SCRIPT_ID,
        matches,
        js: ['content-scripts/content.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      {
        id: SITES_STYLE_SCRIPT_ID,
        matches,
        js: ['content-scripts/highlight-sheet.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
    expect(state.calls).toEqual([`register ${SITES_SCRIPT_ID},${SITES_STYLE_SCRIPT_ID}`]);
    expect((state.local.settings as { enabledSites: string[] }).enabledSites).toEqual([
      'https://a.com',
      'https://b.com',
    ]);
    const writes = state.writes;
    await syncSites(api, store);
    expect(state.writes).toBe(writes);
    expect(state.calls).toHaveLength(1);
  });
  it('a new site updates both registrations in one call', async () => {
    const { api, state, store } = fakeApi(['https://a.com/*']);
    await syncSites(api, store);
    state.granted.push('https://b.com/*');
    await syncSites(api, store, { add: ['https://b.com'] });
    expect(state.calls).toEqual([
      `register ${SITES_SCRIPT_ID},${SITES_STYLE_SCRIPT_ID}`,
      `update ${SITES_SCRIPT_ID},${SITES_STYLE_SCRIPT_ID}`,
    ]);
    expect(state.scripts.map((x) => [x.id, x.matches])).toEqual([
      [SITES_SCRIPT_ID, ['https://a.com/*', 'https://b.com/*']],
      [SITES_STYLE_SCRIPT_ID, ['https://a.com/*', 'https://b.com/*']],
    ]);
  });
  it('repairs a registration left by an older version (content script only): registers the style script, keeps the other', async () => {
    const { api, state, store } = fakeApi(['https://a.com/*'], [], {
      settings: { version: 1, enabledSites: ['https://a.com'] },
    });
    const [main, style] = desiredRegistrations(['https://a.com']);
    state.scripts = [structuredClone(main)];
    await syncSites(api, store);
    expect(state.calls).toEqual([`register ${SITES_STYLE_SCRIPT_ID}`]);
    expect(state.scripts).toEqual([main, style]);
  });
  it('updates only the registration that drifted (a style script at document_idle)', async () => {
    const { api, state, store } = fakeApi(['https://a.com/*']);
    const [main, style] = desiredRegistrations(['https://a.com']);
    state.scripts = [structuredClone(main), { ...structuredClone(style), runAt: 'document_idle' }];
    await syncSites(api, store);
    expect(state.calls).toEqual([`update ${SITES_STYLE_SCRIPT_ID}`]);
    expect(state.scripts).toEqual([main, style]);
  });
  it('with no site left, unregisters both in one call and leaves other registrations alone', async () => {
    const { api, state, store } = fakeApi([]);
    const [main, style] = desiredRegistrations(['https://gone.com']);
    const other = { id: 'someone-else', matches: ['https://x.com/*'] };
    state.scripts = [structuredClone(main), structuredClone(style), other];
    expect(await syncSites(api, store)).toEqual({ sites: [], registered: [] });
    expect(state.calls).toEqual([`unregister ${SITES_SCRIPT_ID},${SITES_STYLE_SCRIPT_ID}`]);
    expect(state.scripts).toEqual([other]);
  });
  it('keeps recent lookups when it rewrites the site list, and survives a corrupt stored blob', async () => {
    const { api, state, store } = fakeApi(['https://a.com/*'], [], {
      settings: { version: 1, enabledSites: 'garbage', recentLookups: ['64634'] },
    });
    await syncSites(api, store);
    expect(state.local.settings).toEqual({ version: 1, enabledSites: ['https://a.com'], recentLookups: ['64634'] });
  });
  it('a revoked permission unregisters and drops the site (onRemoved)', async () => {
    const { api, state, listeners, store } = fakeApi(['https://a.com/*']);
    const { sync } = installSites(api, store);
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
    const { api, state, listeners, store } = fakeApi(['http://127.0.0.1/*'], ['http://127.0.0.1/*']);
    installSites(api, store);
    expect(
      await ask(listeners, { type: 'uiToBg:enableSites', origins: ['http://127.0.0.1', 'https://not-granted.com'] }),
    ).toEqual({ ok: true, sites: ['http://127.0.0.1'], registered: ['http://127.0.0.1/*'] });
    expect(ask(listeners, { type: 'uiToBg:listSites' }, 'other-extension')).toBeUndefined();
    expect(ask(listeners, { type: 'csToBg:codeDetails', code: '64634' })).toBeUndefined();
    expect(await ask(listeners, { type: 'uiToBg:removeSite', origin: 'http://127.0.0.1' })).toEqual({
      ok: true,
      sites: [],
      registered: [],
    });
    expect(state.scripts).toEqual([]);
  });
  it('a public-suffix wildcard is refused even when the browser granted it', async () => {
    const { api, state, listeners, store } = fakeApi(['https://*.github.io/*']);
    installSites(api, store);
    expect(await ask(listeners, { type: 'uiToBg:enableSites', origins: ['https://*.github.io'] })).toEqual({
      ok: false,
      error: expect.stringMatching(/public suffix "github\.io"/),
    });
    expect(state.scripts).toEqual([]);
  });
  it('concurrent requests never register an id twice', async () => {
    const { api, state, listeners, store } = fakeApi(['https://a.com/*', 'https://b.com/*']);
    installSites(api, store);
    const answers = await Promise.all([1, 2, 3].map(() => ask(listeners, { type: 'uiToBg:listSites' })));
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    expect(state.scripts.map((x) => x.id)).toEqual([SITES_SCRIPT_ID, SITES_STYLE_SCRIPT_ID]);
    expect(state.calls).toEqual([`register ${SITES_SCRIPT_ID},${SITES_STYLE_SCRIPT_ID}`]);
  });
  it('runOnce injects into a tab without the content script, and not twice', async () => {
    const { api, state, listeners, store } = fakeApi([]);
    installSites(api, store);
    await ask(listeners, { type: 'uiToBg:runOnce', tabId: 4 });
    await ask(listeners, { type: 'uiToBg:runOnce', tabId: 4 });
    expect(state.injected).toEqual([4]);
    expect(await injectOnce(api, 4)).toBe('present');
    // One-off use injects the content script only; it adopts the highlight sheet itself.
    expect(state.files).toEqual([['/content-scripts/content.js']]);
  });
});

describe('codeFromSelection', () => {
  it('takes exactly one code and drops any other selected text', () => {
    expect(codeFromSelection(' 64634 ')).toBe('64634');
    expect(codeFromSelection('+64634')).toBe('64634');
    expect(codeFromSelection('j1100')).toBe('J1100');
    for (const s of ['Patient John 64634', '99213 99214', '', undefined, 'PATIENT_CANARY_7f3a'])
      expect(codeFromSelection(s)).toBeUndefined();
  });
});
