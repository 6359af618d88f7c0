/**
 * The user's imported CMS tables in IndexedDB (database `claimlens-data`: `tables`, one record per kind with
 * its rows, which the background reads; `info`, the same records without rows, which the options page lists
 * without pulling megabytes of edits onto its main thread).
 * Pure: the caller passes the `IDBFactory` (the options page's or the service worker's `indexedDB`; tests
 * pass fake-indexeddb). An import is written in one transaction, so a set is stored whole or not at all.
 */
import { type IDBPDatabase, wrap } from 'idb';
import { IMPORT_KINDS, type ImportedInfo, type ImportedTable, infoOf } from './imported-table';

/** Database and object store names. */
export const DATA_DB = 'claimlens-data';
const TABLES = 'tables';
const INFO = 'info';
const VERSION = 2;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and writes the imported tables. */
export interface DataStore {
  /** Every stored table that is well formed (a damaged record is skipped, never shown). */
  all(): Promise<ImportedTable[]>;
  /** The stored tables without their rows. */
  list(): Promise<ImportedInfo[]>;
  /** Stores `tables` in one transaction, each replacing the stored table of its kind. */
  put(tables: readonly ImportedTable[]): Promise<void>;
  /** Removes every imported table (Revert to bundled data). */
  clear(): Promise<void>;
  close(): void;
}

/** True for a record with the fields every reader relies on (rows aside). */
export function isImportedInfo(v: unknown): v is ImportedInfo {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    (IMPORT_KINDS as readonly unknown[]).includes(r.kind) &&
    typeof r.release === 'string' &&
    typeof r.asOf === 'string' &&
    ISO_DATE.test(r.asOf) &&
    typeof r.importedOn === 'string' &&
    ISO_DATE.test(r.importedOn) &&
    Array.isArray(r.files) &&
    typeof r.rows === 'number'
  );
}

/** True for a record with its rows. */
export function isImportedTable(v: unknown): v is ImportedTable {
  if (!isImportedInfo(v)) return false;
  const data = (v as { data?: unknown }).data;
  const binary = v.kind === 'ptp' || v.kind === 'ptpOutpatientHospital';
  return binary ? data instanceof Uint8Array : !!data && typeof data === 'object';
}

/** Opens (creating on first use) the imported-tables database. */
export async function openDataStore(factory: IDBFactory): Promise<DataStore> {
  const request = factory.open(DATA_DB, VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(TABLES)) db.createObjectStore(TABLES, { keyPath: 'kind' });
    if (db.objectStoreNames.contains(INFO)) return;
    const info = db.createObjectStore(INFO, { keyPath: 'kind' });
    // Version 1 kept `tables` only: list what it holds.
    const cursor = (request.transaction as IDBTransaction).objectStore(TABLES).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      if (isImportedInfo(c.value)) info.put(infoOf(c.value));
      c.continue();
    };
  };
  const db = (await wrap(request)) as IDBPDatabase;
  return {
    async all() {
      const rows = (await db.getAll(TABLES)) as unknown[];
      return rows.filter(isImportedTable);
    },
    async list() {
      const rows = (await db.getAll(INFO)) as unknown[];
      return rows.filter(isImportedInfo);
    },
    async put(tables) {
      const tx = db.transaction([TABLES, INFO], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      try {
        // Every put is queued before awaiting, so the transaction commits them together or not at all.
        const puts: Promise<unknown>[] = [];
        for (const t of tables)
          for (const [name, value] of [
            [TABLES, t],
            [INFO, infoOf(t)],
          ] as const) {
            const put = tx.objectStore(name).put(value);
            put.catch(() => undefined);
            puts.push(put);
          }
        await Promise.all([...puts, done]);
      } catch (e) {
        // A record that cannot be stored throws at once (DataCloneError) after earlier puts were queued:
        // abort, so those are not committed either.
        try {
          tx.abort();
        } catch {
          // Already aborted by IndexedDB itself.
        }
        throw e;
      }
    },
    async clear() {
      const tx = db.transaction([TABLES, INFO], 'readwrite');
      await Promise.all([tx.objectStore(TABLES).clear(), tx.objectStore(INFO).clear(), tx.done]);
    },
    close: () => db.close(),
  };
}
