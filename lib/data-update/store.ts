/**
 * The user's imported CMS tables in IndexedDB (database `claimlens-data`, one record per kind of table).
 * Pure: the caller passes the `IDBFactory` (the options page's or the service worker's `indexedDB`; tests
 * pass fake-indexeddb). An import is written in one transaction, so a set is stored whole or not at all.
 */
import { type IDBPDatabase, wrap } from 'idb';
import { IMPORT_KINDS, type ImportedTable } from './imported-table';

/** Database and object store names. */
export const DATA_DB = 'claimlens-data';
const TABLES = 'tables';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and writes the imported tables. */
export interface DataStore {
  /** Every stored table that is well formed (a damaged record is skipped, never shown). */
  all(): Promise<ImportedTable[]>;
  /** Stores `tables` in one transaction, each replacing the stored table of its kind. */
  put(tables: readonly ImportedTable[]): Promise<void>;
  /** Removes every imported table (Revert to bundled data). */
  clear(): Promise<void>;
  close(): void;
}

/** True for a record with the fields every reader relies on. */
export function isImportedTable(v: unknown): v is ImportedTable {
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
    typeof r.rows === 'number' &&
    (r.kind === 'ptp' ? r.data instanceof Uint8Array : !!r.data && typeof r.data === 'object')
  );
}

/** Opens (creating on first use) the imported-tables database. */
export async function openDataStore(factory: IDBFactory): Promise<DataStore> {
  const request = factory.open(DATA_DB, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(TABLES))
      request.result.createObjectStore(TABLES, { keyPath: 'kind' });
  };
  const db = (await wrap(request)) as IDBPDatabase;
  return {
    async all() {
      const rows = (await db.getAll(TABLES)) as unknown[];
      return rows.filter(isImportedTable);
    },
    async put(tables) {
      const tx = db.transaction(TABLES, 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      try {
        // Every put is queued before awaiting, so the transaction commits them together or not at all.
        const puts: Promise<unknown>[] = [];
        for (const t of tables) {
          const put = tx.store.put(t);
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
      const tx = db.transaction(TABLES, 'readwrite');
      await Promise.all([tx.store.clear(), tx.done]);
    },
    close: () => db.close(),
  };
}
