/**
 * Installs the background's in-page wiring on injected extension APIs (so this file stays free of
 * globals): lazy dataset loading from the extension's own files, the validated message listener, and the
 * `open-panel` command forwarded to the active tab's top frame.
 */
import { createContentProvider } from '../content/content-provider';
import { loadSettings, type SettingsStore } from '../settings/storage';
import type { OpenPanelMessage } from '../messages';
import { injectAndOpenPanel, type InjectApi } from './one-off';
import { createImportsCache } from './imported-content';
import { lazyDataset } from './load-artifacts';
import { DATA_UPDATE_KEY } from '../data-update/stamp';
import type { ImportedTable } from '../data-update/imported-table';
import { createMessageListener, type MessageListener } from './message-listener';

type Listener<A extends unknown[], R = void> = { addListener(fn: (...args: A) => R): void };

/** The slice of the WebExtension API the background wiring uses (webextension-polyfill's `browser`). */
export interface BackgroundApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: Listener<Parameters<MessageListener>, ReturnType<MessageListener>>;
  };
  storage: Record<'sync' | 'local', { get(key: string | readonly string[]): Promise<Record<string, unknown>> }> & {
    onChanged?: Listener<[changes: Record<string, unknown>, area: string]>;
  };
  /** For one-off injection when the tab has no content script yet (activeTab); see one-off.ts. */
  scripting?: InjectApi['scripting'];
  commands?: { onCommand: Listener<[command: string, tab?: { id?: number }]> };
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(
      tabId: number,
      message: OpenPanelMessage | { type: string },
      options: { frameId: number },
    ): Promise<unknown>;
  };
}

/** Options of {@link installBackground}. */
export interface InstallOptions {
  /** `fetch` (the service worker's). Only ever called with this extension's own URLs. */
  fetch: (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  now?: () => number;
  /** Receives the dataset load time in ms (a number only). */
  onDatasetLoaded?: (ms: number) => void;
  /** The user's imported CMS tables (IndexedDB, lib/data-update/store.ts); none when absent. */
  importedTables?: () => Promise<ImportedTable[]>;
}

/** Sends the open-panel message to the top frame of a tab (what the `open-panel` command does). */
export async function openPanelInTab(api: BackgroundApi, tabId: number): Promise<void> {
  const sent = await api.tabs.sendMessage(tabId, { type: 'bgToCs:openPanel' }, { frameId: 0 }).then(
    () => true,
    () => false,
  );
  // No content script in the tab (site not enabled): the command granted activeTab, so run once there.
  if (!sent && api.scripting)
    await injectAndOpenPanel({ runtime: api.runtime, tabs: api.tabs, scripting: api.scripting }, tabId).catch(
      () => undefined,
    );
}

/** Wires everything; returns the dataset getter (for warm-up and tests). */
export function installBackground(api: BackgroundApi, options: InstallOptions) {
  const dataset = lazyDataset(
    async (path) => {
      const res = await options.fetch(api.runtime.getURL(`/${path}`));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.arrayBuffer();
    },
    options.onDatasetLoaded,
    options.now,
    options.importedTables,
  );
  const store = (area: 'sync' | 'local'): SettingsStore => ({
    get: async () => (await api.storage[area].get('settings')).settings,
    set: async () => {
      throw new Error('The message handlers never write settings');
    },
  });
  const imports = createImportsCache((keys) => api.storage.local.get(keys));
  api.storage.onChanged?.addListener((changes, area) => {
    if (area === 'local' && ('importedDescriptors' in changes || 'orgNotes' in changes)) imports.invalidate();
    // The options page writes this stamp after storing or reverting imported CMS tables (lib/data-update).
    if (area === 'local' && DATA_UPDATE_KEY in changes) dataset.reset();
  });
  const listener = createMessageListener(api.runtime.id, {
    imports: () => imports.get(),
    dataset,
    settings: async () => (await loadSettings({ sync: store('sync'), local: store('local') })).value,
    content: (s, ds) =>
      createContentProvider({ dataset: ds, macJurisdiction: s.payers.macJurisdiction, bcbsPlan: s.payers.bcbsPlan }),
  });
  api.runtime.onMessage.addListener(listener);
  api.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel') return;
    void (async () => {
      const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await openPanelInTab(api, id);
    })();
  });
  return { dataset };
}
