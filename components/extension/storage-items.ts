/**
 * Every storage key ClaimLens uses, defined once as a WXT storage item (`storage.defineItem`) with its version
 * and migrations; the popup, the options page, the content script and the background all read and watch
 * these. Which key lives in which area, and why: lib/settings/storage.ts. WXT does not check shapes: every
 * value is validated where it is read (parseSettings, lib/imports/stored-imports.ts).
 *
 * Room left for what comes next: a managed-policy layer reads `storage.managed` and is merged over
 * {@link readSettings}'s result; tables imported by the user live in IndexedDB (lib/data-update/store.ts), announced by {@link dataUpdateItem}.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DATA_UPDATE_KEY } from '../../lib/data-update/stamp';
import { settingsItemMigrations } from '../../lib/settings/migrations';
import {
  loadSettings,
  SETTINGS_STORAGE_KEYS,
  type SettingsStore,
  type SettingsStores,
} from '../../lib/settings/storage';
import { SETTINGS_VERSION, type Settings } from '../../lib/settings/types';

/** An item whose stored value is read as `unknown` (validated by the reader). */
type RawItem = WxtStorageItem<unknown, Record<string, unknown>>;

const KEYS = SETTINGS_STORAGE_KEYS;
const settingsItem = (key: typeof KEYS.sync | typeof KEYS.local): RawItem =>
  storage.defineItem<unknown>(key, { version: SETTINGS_VERSION, migrations: settingsItemMigrations() });

/** `sync:settings`: payers and preferences. */
export const syncSettingsItem = settingsItem(KEYS.sync);
/** `local:settings`: enabled sites and recent lookups. */
export const localSettingsItem = settingsItem(KEYS.local);
/** `local:importedDescriptors`: the user's licensed descriptor import. */
export const importedDescriptorsItem: RawItem = storage.defineItem<unknown>(KEYS.importedDescriptors, { version: 1 });
/** `local:orgNotes`: the organisation notes import. */
export const orgNotesItem: RawItem = storage.defineItem<unknown>(KEYS.orgNotes, { version: 1 });

/** `local:dataUpdate`: stamped after imported CMS tables are stored or reverted (lib/data-update/stamp.ts). */
export const dataUpdateItem: RawItem = storage.defineItem<unknown>(`local:${DATA_UPDATE_KEY}`, { version: 1 });

/**
 * `local:pageCodeDelta`: codes the active dataset adds to or removes from the bundled known-code bitmap
 * (lib/dataset/known-codes.ts), written by the background after it loads imported CMS tables, read by the
 * content script before its first scan; absent while the bundled codes are in use.
 */
export const pageCodeDeltaItem: RawItem = storage.defineItem<unknown>('local:pageCodeDelta', { version: 1 });

/** The `storage.local` items the options page reads and writes as a group (one write for an import). */
export const LOCAL_ITEMS = {
  settings: localSettingsItem,
  importedDescriptors: importedDescriptorsItem,
  orgNotes: orgNotesItem,
  dataUpdate: dataUpdateItem,
} as const;
/** A key of {@link LOCAL_ITEMS}. */
export type LocalKey = keyof typeof LOCAL_ITEMS;

/** One item as the settings module's storage slot (nothing stored: `undefined`, as parseSettings expects). */
function slot(item: RawItem): SettingsStore {
  return { get: async () => (await item.getValue()) ?? undefined, set: (v) => item.setValue(v) };
}

/** Both settings slots. */
export const settingsStores: SettingsStores = { sync: slot(syncSettingsItem), local: slot(localSettingsItem) };

/** The user's settings, validated (never rejects). */
export async function readSettings(): Promise<Settings> {
  return (await loadSettings(settingsStores)).value;
}

/**
 * Calls `fn` whenever either settings blob changes, and with `imports` also when an import changes (imports
 * change what the details say); returns the unsubscribe.
 */
export function watchSettings(fn: () => void, { imports = false } = {}): () => void {
  const items = imports
    ? [syncSettingsItem, localSettingsItem, importedDescriptorsItem, orgNotesItem]
    : [syncSettingsItem, localSettingsItem];
  const unwatch = items.map((item) => item.watch(() => fn()));
  return () => {
    for (const u of unwatch) {
      // A retired content script (extension updated or disabled) cannot remove listeners: Chromium throws
      // "Extension context invalidated". Its listeners are gone with its context anyway.
      try {
        u();
      } catch {}
    }
  };
}

/** Raw values of local items, by key (absent: `undefined`). */
export async function getLocal(keys: readonly LocalKey[]): Promise<Partial<Record<LocalKey, unknown>>> {
  const values = await storage.getItems(keys.map((k) => LOCAL_ITEMS[k]));
  return Object.fromEntries(keys.map((k, i) => [k, values[i].value ?? undefined]));
}

/** Writes local items in one `storage.local` call (an import is all there or not at all). */
export function setLocal(values: Partial<Record<LocalKey, unknown>>): Promise<void> {
  const entries = (Object.keys(values) as LocalKey[]).map((k) => ({ item: LOCAL_ITEMS[k], value: values[k] }));
  return storage.setItems(entries);
}

/** Removes local items. */
export function removeLocal(keys: readonly LocalKey[]): Promise<void> {
  return storage.removeItems(keys.map((k) => LOCAL_ITEMS[k]));
}
