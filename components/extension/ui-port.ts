/**
 * Everything the popup and options page need from the extension, as one injected interface: the entrypoints
 * implement it over `browser` (browser-port.ts) and unit tests over a fake, so the views hold no extension
 * globals.
 */
import type { ImportedInfo } from '../../lib/data-update/imported-table';
import type { AnswerTo, BackgroundRequest } from '../../lib/messages';
import type { Settings } from '../../lib/settings/types';
import type { LocalKey } from './storage-items';

/** A tab as the popup sees it (activeTab makes its URL readable while the popup is open). */
export interface TabInfo {
  id?: number;
  url?: string;
}

export interface UiPort {
  /** Validated settings (never rejects). */
  readSettings(): Promise<Settings>;
  /** Writes `local:settings` (enabled sites, recent lookups). */
  writeLocalSettings(s: Settings): Promise<void>;
  /** Writes `sync:settings` (payers, preferences). */
  writeSyncSettings(s: Settings): Promise<void>;
  /** Calls `fn` whenever either settings blob changes; returns the unsubscribe. */
  onSettingsChanged(fn: () => void): () => void;
  /** Asks the background; the answer's type comes from the protocol map (never rejects, lib/messages/ask.ts). */
  ask<R extends BackgroundRequest>(req: R): Promise<AnswerTo<R>>;
  /** The active tab of the current window. */
  activeTab(): Promise<TabInfo | undefined>;
  /** True when every pattern's host permission is granted. */
  hasOrigins(patterns: string[]): Promise<boolean>;
  /** Asks the user for host permissions (must run inside a click handler). */
  requestOrigins(patterns: string[]): Promise<boolean>;
  /** Reads a JSON file of the built extension. */
  readJson(path: string): Promise<unknown>;
  /** Raw values of local storage items (storage-items.ts), by key. */
  getLocal(keys: readonly LocalKey[]): Promise<Partial<Record<LocalKey, unknown>>>;
  /** Writes local storage items in one call. */
  setLocal(values: Partial<Record<LocalKey, unknown>>): Promise<void>;
  /** Removes local storage items. */
  removeLocal(keys: readonly LocalKey[]): Promise<void>;
  /** Opens the options page. */
  openOptions(): void;
  /**
   * The user's imported CMS tables, without their rows (IndexedDB, lib/data-update/store.ts). Absent in ports
   * that have none; the popup then searches the bundled tables.
   */
  importedTables?(): Promise<ImportedInfo[]>;
  /** Raw `storage.managed` (the organisation's policy; `{}` when none). Absent in ports that have no policy. */
  readPolicy?(): Promise<unknown>;
  /** Calls `fn` whenever the policy changes; returns the unsubscribe. */
  onPolicyChanged?(fn: () => void): () => void;
}
