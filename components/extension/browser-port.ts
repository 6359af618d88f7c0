/** {@link UiPort} over the WebExtension API and the storage items (shared by the popup and the options page). */
import { browser } from 'wxt/browser';
import { openDataStore } from '../../lib/data-update/store';
import { toLocalBlob, toSyncBlob } from '../../lib/settings/storage';
import { askBackground } from './ask-background';
import {
  getLocal,
  localSettingsItem,
  readSettings,
  removeLocal,
  setLocal,
  syncSettingsItem,
  watchSettings,
} from './storage-items';
import type { UiPort } from './ui-port';

export const browserPort: UiPort = {
  readSettings,
  writeLocalSettings: (s) => localSettingsItem.setValue(toLocalBlob(s)),
  writeSyncSettings: (s) => syncSettingsItem.setValue(toSyncBlob(s)),
  onSettingsChanged: (fn) => watchSettings(fn),
  ask: (req) => askBackground(req),
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  hasOrigins: (origins) => browser.permissions.contains({ origins }),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  // The extension's own files only (connect-src 'self'); never a remote URL.
  readJson: async (path) => {
    const res = await fetch(browser.runtime.getURL(`/${path}` as '/popup.html'));
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json() as Promise<unknown>;
  },
  getLocal,
  setLocal,
  removeLocal,
  openOptions: () => void browser.runtime.openOptionsPage(),
  async importedTables() {
    const store = await openDataStore(indexedDB);
    try {
      return await store.list();
    } finally {
      store.close();
    }
  },
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
