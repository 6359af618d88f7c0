/**
 * Installs the background's in-page wiring on injected extension APIs (so this file stays free of
 * globals): lazy dataset loading from the extension's own files, the validated message listener, and the
 * `open-panel` command forwarded to the active tab's top frame.
 */
import { createContentProvider } from '../editorial/content-provider';
import type { Settings } from '../settings/types';
import type { ContentMessage } from '../messages';
import { injectAndOpenPanel, type InjectApi } from './one-off';
import { createImportsCache } from './imported-content';
import { lazyDataset } from './load-artifacts';
import type { ImportedTable } from '../data-update/imported-table';
import { type PageCodesStore, pageCodesWriter } from './page-codes';
import { createMessageListener, type MessageListener } from './message-listener';

type Listener<A extends unknown[], R = void> = { addListener(fn: (...args: A) => R): void };

/** The slice of the WebExtension API the background wiring uses (webextension-polyfill's `browser`). */
export interface BackgroundApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: Listener<Parameters<MessageListener>, ReturnType<MessageListener>>;
    onInstalled?: Listener<[unknown]>;
  };
  /** For one-off injection when the tab has no content script yet (activeTab); see one-off.ts. */
  scripting?: InjectApi['scripting'];
  commands?: { onCommand: Listener<[command: string, tab?: { id?: number }]> };
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: ContentMessage, options: { frameId: number }): Promise<unknown>;
  };
}

/** Options of {@link installBackground}. */
export interface InstallOptions {
  /** The user's settings, validated (the storage items: components/extension/storage-items.ts). */
  settings(): Promise<Settings>;
  /** The stored imports, raw (validated here), and a way to hear that they changed. */
  imports: {
    read(): Promise<{ importedDescriptors?: unknown; orgNotes?: unknown }>;
    watch(onChange: () => void): void;
  };
  /** `fetch` (the service worker's). Only ever called with this extension's own URLs. */
  fetch: (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  now?: () => number;
  /** Receives the dataset load time in ms (a number only). */
  onDatasetLoaded?: (ms: number) => void;
  /** The user's imported CMS tables (IndexedDB, lib/data-update/store.ts); none when absent. */
  importedTables?: () => Promise<ImportedTable[]>;
  /** Calls `onChange` when the imported CMS tables were stored or reverted (the dataset then reloads). */
  watchDataUpdate?(onChange: () => void): void;
  /**
   * Where the content scripts read the active code set's difference from the bundled bitmap
   * (`local:pageCodeDelta`): kept equal to the loaded dataset's, absent (null) while it is the bundled one.
   */
  pageCodes?: PageCodesStore;
  /** Hears why a code-set difference was not written (longer than the content scripts accept). */
  onPageCodesError?: (message: string) => void;
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
  const writePageCodes = pageCodesWriter(options.pageCodes, options.onPageCodesError);
  const dataset = lazyDataset(
    async (path) => {
      const res = await options.fetch(api.runtime.getURL(`/${path}`));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.arrayBuffer();
    },
    options.onDatasetLoaded,
    options.now,
    options.importedTables,
    (delta) => void writePageCodes(delta),
  );
  const imports = createImportsCache(options.imports.read);
  options.imports.watch(() => imports.invalidate());
  // The options page stamps local:dataUpdate after storing or reverting imported CMS tables
  // (lib/data-update/stamp.ts); IndexedDB has no change event of its own.
  // Loaded again at once, not on the next question: the pages' code set follows the new data now.
  options.watchDataUpdate?.(() => {
    dataset.reset();
    if (options.pageCodes) dataset().catch(() => undefined);
  });
  // After an extension update a newer bundled table may supersede an import (lib/data-update/select.ts): while
  // the pages hold a code-set difference, load now so it is brought up to date before the next page scan.
  api.runtime.onInstalled?.addListener(() => {
    const codes = options.pageCodes;
    if (codes)
      void codes
        .read()
        .then((stored) => (stored ? dataset() : undefined))
        .catch(() => undefined);
  });
  const listener = createMessageListener(api.runtime.id, {
    imports: () => imports.get(),
    dataset,
    merged: () => dataset.merged(),
    settings: options.settings,
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
