/**
 * The popup's search engine, loaded once the popup opens: the prebuilt index (or one built from the bundled code
 * lists), with the user's imported licensed descriptors searchable too (their text is never a result label).
 * When CMS tables the user imported are in use (options → Update data from CMS files), the codes and HCPCS
 * tables come from the background, which answers from them, so search finds what the details explain; the
 * provenance (`meta`) then names the imported releases.
 */
import { useEffect, useState } from 'preact/hooks';
import { selectImported } from '../../lib/data-update/select';
import type { DatasetMeta } from '../../lib/dataset/types';
import { readStoredDescriptors } from '../../lib/imports/stored-imports';
import type { SearchTables } from '../../lib/messages';
import type { SearchEngine } from '../../lib/search/engine';
import { loadSearchEngine, type ReadJson } from './search-loader';
import type { UiPort } from '../extension/ui-port';

/** The engine (null while loading), whether loading failed, and figures for the e2e (ready time, index source). */
export interface SearchEngineState {
  engine: SearchEngine | null;
  loadError: boolean;
  readyMs?: string;
  source?: string;
  /** The provenance of the tables searched: the bundled `meta` until imported ones are known to be in use. */
  meta?: DatasetMeta;
  /** Imported tables are in use but the background could not hand them over: the bundled ones are searched. */
  importedUnavailable?: boolean;
}

/** The imported tables in use (or null with none), or `unavailable` when they are in use but were not handed over. */
type ImportedSearch = { tables: SearchTables | null; unavailable: boolean };

/**
 * The tables in use when imports changed them, else null. Only asked of the background when an import is in
 * use: with the bundled data the popup reads its own files at once (the background may not have loaded yet).
 */
async function importedSearchTables(port: UiPort, meta: DatasetMeta): Promise<ImportedSearch> {
  const stored = await (port.importedTables?.() ?? Promise.resolve([])).catch(() => []);
  if (selectImported(meta, stored).used.length === 0) return { tables: null, unavailable: false };
  const res = await port.ask({ type: 'popupToBg:searchTables' }).catch(() => null);
  return res?.ok ? { tables: res.tables, unavailable: false } : { tables: null, unavailable: true };
}

/** Reads the active tables where the bundled files would be read (same shapes: rows by code). */
function readingFrom(port: UiPort, tables: SearchTables | null): ReadJson {
  if (!tables) return (p) => port.readJson(p);
  return async (p) =>
    p === 'data/codes.json'
      ? { rows: tables.codes }
      : p === 'data/hcpcs.json'
        ? { rows: tables.hcpcs }
        : port.readJson(p);
}

export function useSearchEngine(
  port: UiPort,
  meta: DatasetMeta,
  now: () => number,
  idle: (fn: () => void) => void,
): SearchEngineState {
  const [state, setState] = useState<SearchEngineState>({ engine: null, loadError: false });
  useEffect(() => {
    const start = now();
    const imported = port.getLocal(['importedDescriptors']).then(
      (raw) => new Map(readStoredDescriptors(raw.importedDescriptors).value.map((d) => [d.code, d.text])),
      () => new Map<string, string>(),
    );
    Promise.all([imported, importedSearchTables(port, meta)])
      .then(async ([map, { tables, unavailable }]) => {
        const active = tables?.meta ?? meta;
        const loaded = await loadSearchEngine(readingFrom(port, tables), active, false, map);
        return { ...loaded, meta: active, unavailable };
      })
      .then(
        ({ engine, source, meta: active, unavailable }) => {
          const readyMs = (now() - start).toFixed(1);
          setState({ engine, loadError: false, source, readyMs, meta: active, importedUnavailable: unavailable });
          // Word index off the first keystroke's path: built while the user reads the popup.
          idle(() => engine.warm());
        },
        () => setState({ engine: null, loadError: true }),
      );
  }, [port, meta, now, idle]);
  return state;
}
