/** {@link UiPort} over the WebExtension API (shared by the popup and the options page). */
import { browser } from 'wxt/browser';
import type { UiPort } from '../../components/popup/ui-port';
import { loadSettings, toLocalBlob, toSyncBlob, type SettingsStore } from '../../lib/settings/storage';

function store(area: 'sync' | 'local'): SettingsStore {
  return {
    get: async () => (await browser.storage[area].get('settings')).settings,
    set: (v) => browser.storage[area].set({ settings: v }),
  };
}

export const browserPort: UiPort = {
  readSettings: async () => (await loadSettings({ sync: store('sync'), local: store('local') })).value,
  writeLocalSettings: (s) => browser.storage.local.set({ settings: toLocalBlob(s) }),
  writeSyncSettings: (s) => browser.storage.sync.set({ settings: toSyncBlob(s) }),
  onSettingsChanged(fn) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'sync' || area === 'local') && 'settings' in changes) fn();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  send: async <T>(message: unknown) => (await browser.runtime.sendMessage(message)) as T | undefined,
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  hasOrigins: (origins) => browser.permissions.contains({ origins }),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  // The extension's own files only (connect-src 'self'); never a remote URL.
  readJson: async (path) => {
    const res = await fetch(browser.runtime.getURL(`/${path}` as '/popup.html'));
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json() as Promise<unknown>;
  },
  getLocal: (keys) => browser.storage.local.get(keys),
  setLocal: (items) => browser.storage.local.set(items),
  removeLocal: (keys) => browser.storage.local.remove(keys),
  openOptions: () => void browser.runtime.openOptionsPage(),
  // Firefox rejects when no policy names the add-on: that is "no policy".
  readPolicy: () => browser.storage.managed.get().catch(() => ({})),
  onPolicyChanged(fn) {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') fn();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
