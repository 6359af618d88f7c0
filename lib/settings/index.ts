/** Public surface of the settings module (see `types.ts` for the model, `storage.ts` for keys). */
export * from './types';
export { defaultSettings, defaultPreferences, defaultPopoverSections, DEFAULT_HOVER_DELAY_MS } from './defaults';
export { parseSettings } from './parse-settings';
export { migrateSettings, SETTINGS_MIGRATIONS, type MigrationStep, type MigrationResult } from './migrations';
export { normalizeOrigin, originToMatchPattern } from './origins';
export { withRecentLookup, withoutRecentLookups } from './recent-lookups';
export {
  loadSettings,
  saveSettings,
  toLocalBlob,
  toSyncBlob,
  SETTINGS_STORAGE_KEYS,
  type LoadedSettings,
  type SettingsStore,
  type SettingsStores,
} from './storage';
