/**
 * The popup's search engine, loaded once the popup opens: the prebuilt index (or one built from the bundled code
 * lists), with the user's imported licensed descriptors searchable too (their text is never a result label).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetMeta } from '../../lib/dataset/types';
import { readStoredDescriptors } from '../../lib/imports/stored-imports';
import type { SearchEngine } from '../../lib/search/engine';
import { loadSearchEngine } from './search-loader';
import type { UiPort } from '../extension/ui-port';

/** The engine (null while loading), whether loading failed, and figures for the e2e (ready time, index source). */
export interface SearchEngineState {
  engine: SearchEngine | null;
  loadError: boolean;
  readyMs?: string;
  source?: string;
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
    imported
      .then((map) => loadSearchEngine((p) => port.readJson(p), meta, false, map))
      .then(
        ({ engine, source }) => {
          setState({ engine, loadError: false, source, readyMs: (now() - start).toFixed(1) });
          // Word index off the first keystroke's path: built while the user reads the popup.
          idle(() => engine.warm());
        },
        () => setState({ engine: null, loadError: true }),
      );
  }, [port, meta, now, idle]);
  return state;
}
