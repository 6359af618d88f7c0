/**
 * Where settings live, independent of the extension storage API (the stores are the WXT storage items of
 * components/extension/storage-items.ts).
 *
 * Storage key design (WXT `area:key` notation):
 *
 * | key                         | holds                                   | why this area |
 * |-----------------------------|-----------------------------------------|---------------|
 * | `sync:settings`             | `{ version, payers, preferences }`      | follows the user to every browser they sign in to; small (≤ 40 payer ids, fixed-size preferences), far below sync's 8 KB per-item quota |
 * | `local:settings`            | `{ version, enabledSites, recentLookups }` | site access is an optional host permission granted per browser install, so syncing the list would claim access that other installs lack; recent lookups are personal working history and stay on the device |
 * | `local:importedDescriptors` | licensed descriptor import (`lib/imports`) | user-licensed text, up to megabytes; never synced or uploaded |
 * | `local:orgNotes`            | organisation notes import (`lib/imports`) | organisation-internal text; never synced or uploaded |
 *
 * Each area's blob carries its own `version` and is read through {@link parseSettings}, so a
 * corrupt or newer blob in one area cannot break the other.
 */
import { parseSettings } from './parse-settings';
import { SETTINGS_VERSION, type Settings } from './types';

/** One storage slot (one key in one area). A WXT storage item in the extension, a plain object in tests. */
export interface SettingsStore {
  /** The stored value, or `undefined` when nothing is stored. */
  get(): Promise<unknown>;
  /** Replaces the stored value. */
  set(v: unknown): Promise<void>;
}

/** The two slots settings are split across. */
export interface SettingsStores {
  /** `sync:settings`. */
  sync: SettingsStore;
  /** `local:settings`. */
  local: SettingsStore;
}

/** Storage keys in WXT `area:key` notation (each defined once as a storage item: components/extension/storage-items.ts). */
export const SETTINGS_STORAGE_KEYS = {
  sync: 'sync:settings',
  local: 'local:settings',
  importedDescriptors: 'local:importedDescriptors',
  orgNotes: 'local:orgNotes',
} as const;

/** The part of {@link Settings} stored in `sync:settings`. */
export function toSyncBlob(s: Settings) {
  return { version: SETTINGS_VERSION, payers: s.payers, preferences: s.preferences };
}

/** The part of {@link Settings} stored in `local:settings`. */
export function toLocalBlob(s: Settings) {
  return { version: SETTINGS_VERSION, enabledSites: s.enabledSites, recentLookups: s.recentLookups };
}

/** Result of {@link loadSettings}. */
export interface LoadedSettings {
  value: Settings;
  /** Problems found, each prefixed with the area (`sync:` / `local:`). */
  errors: string[];
  /** True when either area holds a blob from a newer build; see `migrations.ts`. */
  newerVersionStored: boolean;
}

async function readArea(store: SettingsStore, area: string, errors: string[]) {
  let raw: unknown;
  try {
    raw = await store.get();
  } catch {
    errors.push(`${area}: storage could not be read; using defaults`);
    raw = undefined;
  }
  const parsed = parseSettings(raw);
  errors.push(...parsed.errors.map((e) => `${area}: ${e}`));
  const v = raw !== null && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  return { value: parsed.value, newer: typeof v === 'number' && v > SETTINGS_VERSION };
}

/** Reads both areas and combines them into one validated {@link Settings}. Never rejects. */
export async function loadSettings(stores: SettingsStores): Promise<LoadedSettings> {
  const errors: string[] = [];
  const [sync, local] = await Promise.all([
    readArea(stores.sync, 'sync', errors),
    readArea(stores.local, 'local', errors),
  ]);
  return {
    value: {
      ...sync.value,
      enabledSites: local.value.enabledSites,
      recentLookups: local.value.recentLookups,
    },
    errors,
    newerVersionStored: sync.newer || local.newer,
  };
}

/**
 * Validates `next` and writes it to both areas. Invalid settings are rejected before anything is
 * written, so storage is left unchanged (ground rule 6).
 */
export async function saveSettings(
  stores: SettingsStores,
  next: Settings,
): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const checked = parseSettings(next);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  await stores.sync.set(toSyncBlob(checked.value));
  await stores.local.set(toLocalBlob(checked.value));
  return { ok: true };
}
