/**
 * The popup's search: the query, its results (at most POPUP_RESULT_LIMIT), the active option and how long the
 * last search took. A query typed before the engine arrived is searched as soon as it does.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SearchEngine } from '../../lib/search/engine';
import type { SearchResult } from '../../lib/search/types';

/** Results shown per query (at least ten, so look-alike codes such as J7637/J7638 appear together). */
export const POPUP_RESULT_LIMIT = 20;

export function useCodeSearch(engine: SearchEngine | null, now: () => number) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [searchMs, setSearchMs] = useState<number | undefined>();
  const [active, setActive] = useState(-1);

  const runSearch = useCallback(
    (q: string, e: SearchEngine | null) => {
      if (!e) return;
      const t = now();
      const r = e.search(q, POPUP_RESULT_LIMIT);
      setSearchMs(now() - t);
      setResults(r);
      setActive(r.length > 0 ? 0 : -1);
    },
    [now],
  );

  // The engine arrived: search what is typed by now (effects run after paint, so read the latest query).
  const queryRef = useRef(query);
  queryRef.current = query;
  useEffect(() => runSearch(queryRef.current, engine), [engine, runSearch]);

  const type = (q: string) => {
    queryRef.current = q;
    setQuery(q);
    runSearch(q, engine);
  };
  const clear = () => {
    setQuery('');
    setResults([]);
    setActive(-1);
  };
  return { query, results, searchMs, active, setActive, type, clear };
}
