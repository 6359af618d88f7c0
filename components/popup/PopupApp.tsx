/**
 * The toolbar popup: code search (focused on open), keyboard-navigable results, details through the shared
 * CodeDetails component (the same `codeDetails` answer the popover gets, with the user's payers), recent
 * lookups, the current site's status and the data as-of line.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { adjustmentView } from '../../lib/denials/view';
import type { DatasetMeta } from '../../lib/dataset/types';
import type { SearchEngine } from '../../lib/search/engine';
import type { SearchResult } from '../../lib/search/types';
import { defaultSettings } from '../../lib/settings/defaults';
import { withRecentLookup, withoutRecentLookups } from '../../lib/settings/recent-lookups';
import { codeOrUndefined } from '../../lib/codes';
import type { Settings } from '../../lib/settings/types';
import { asOfLine } from '../data-age';
import { listAction, optionId } from './list-navigation';
import { RecentLookups } from './RecentLookups';
import { type DetailsState, PopupDetails } from './PopupDetails';
import { RESULTS_ID, SearchResults } from './SearchResults';
import { SiteStatus } from './SiteStatus';
import type { UiPort } from '../extension/ui-port';
import { useSearchEngine } from './use-search-engine';

/** Results shown per query (at least ten, so look-alike codes such as J7637/J7638 appear together). */
export const POPUP_RESULT_LIMIT = 20;

export interface PopupAppProps {
  port: UiPort;
  meta: DatasetMeta;
  /** Code to open at once (`popup.html?code=64634`, from the "Look up selected code" menu). */
  initialCode?: string;
  now(): number;
  /** Schedules idle work (requestIdleCallback in the popup). */
  idle(fn: () => void): void;
  close(): void;
}

export function PopupApp({ port, meta, initialCode, now, idle, close }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings>(defaultSettings());
  const { engine, loadError, readyMs, source: engineSource } = useSearchEngine(port, meta, now, idle);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [searchMs, setSearchMs] = useState<number | undefined>();
  const [active, setActive] = useState(-1);
  const [details, setDetails] = useState<DetailsState | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    const reload = () => void port.readSettings().then(setSettings);
    reload();
    return port.onSettingsChanged(reload);
  }, [port]);

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

  const openCode = useCallback(
    (code: string) => {
      setDetails({ code, res: null });
      void port
        .ask({ type: 'popupToBg:codeDetails', code, pageCodes: [] })
        .then((res) => setDetails((d) => (d?.code === code ? { code, res } : d)));
      const next = withRecentLookup(settingsRef.current, code);
      if (next !== settingsRef.current) {
        setSettings(next);
        void port.writeLocalSettings(next);
      }
    },
    [port],
  );

  // Reason and remark codes are explained from bundled content: no round trip to the background.
  const openResult = (r: SearchResult) =>
    r.kind
      ? setDetails({
          code: r.display ?? r.code,
          res: null,
          view: adjustmentView(r.kind, r.code, r.display?.split('-')[0]),
        })
      : openCode(r.code);

  // Payers changed while details are open: ask again so the notes follow. The background reads the payers
  // itself, so payerKey is the trigger although the closure does not read it; the open details are read
  // through a ref so that opening a code does not re-run this.
  const payerKey = JSON.stringify(settings.payers);
  const detailsRef = useRef(details);
  detailsRef.current = details;
  // biome-ignore lint/correctness/useExhaustiveDependencies: payerKey is the trigger (see above)
  useEffect(() => {
    const open = detailsRef.current;
    if (open?.res) openCode(open.code);
  }, [payerKey, openCode]);

  useEffect(() => {
    const code = initialCode && codeOrUndefined(initialCode);
    if (code) openCode(code);
    else input.current?.focus();
  }, [initialCode, openCode]);

  const onKey = (e: KeyboardEvent) => {
    const a = listAction(e.key, active, results.length, query);
    if (a.kind === 'none') return;
    e.preventDefault();
    if (a.kind === 'move') {
      setActive(a.index);
      document.getElementById(optionId(a.index))?.scrollIntoView({ block: 'nearest' });
    } else if (a.kind === 'open') openResult(results[a.index]);
    else if (a.kind === 'clear') {
      setQuery('');
      setResults([]);
      setActive(-1);
    } else close();
  };

  const back = useCallback(() => {
    setDetails(null);
    setTimeout(() => input.current?.focus(), 0);
  }, []);
  const asOf = useMemo(() => asOfLine(meta), [meta]);
  const backButton = useRef<HTMLButtonElement>(null);
  const detailsCode = details?.code;
  // Details open: focus moves to them (the search box is gone), and Escape anywhere goes back to the list.
  useEffect(() => {
    if (!detailsCode) return;
    backButton.current?.focus();
    const onEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [detailsCode, back]);

  return (
    <main class="cl-popup" data-ready-ms={readyMs} data-engine={engineSource}>
      <header class="cl-popup-head">
        <h1>ClaimLens</h1>
        <button type="button" class="cl-link" onClick={() => port.openOptions()}>
          Options
        </button>
      </header>
      {details ? (
        <PopupDetails
          details={details}
          sections={settings.preferences.popoverSections}
          backButton={backButton}
          onBack={back}
        />
      ) : (
        <>
          <label for="cl-search" class="cl-label">
            Search codes, words or synonyms
          </label>
          <input
            ref={input}
            id="cl-search"
            type="search"
            autocomplete="off"
            spellcheck={false}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={RESULTS_ID}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && active < results.length ? optionId(active) : undefined}
            placeholder="64634, J1100, facet, CO-97, N362…"
            value={query}
            onInput={(e) => {
              const q = (e.target as HTMLInputElement).value;
              queryRef.current = q;
              setQuery(q);
              runSearch(q, engine);
            }}
            onKeyDown={onKey}
          />
          {loadError && (
            <p role="alert" class="cl-error-text">
              ClaimLens could not read its bundled code list. Reload the extension and try again.
            </p>
          )}
          {!engine && !loadError && (
            <p class="cl-muted" role="status">
              Loading the code list…
            </p>
          )}
          {engine && query.trim() !== '' && results.length === 0 && (
            <p class="cl-muted" role="status">
              No codes match “{query}”.
            </p>
          )}
          <SearchResults
            results={results}
            active={active}
            searchMs={searchMs}
            onOpen={(i) => openResult(results[i])}
            onHover={setActive}
          />
          {query.trim() === '' && (
            <RecentLookups
              codes={settings.recentLookups}
              onOpen={openCode}
              onClear={() => {
                const next = withoutRecentLookups(settings);
                setSettings(next);
                void port.writeLocalSettings(next);
              }}
            />
          )}
        </>
      )}
      <SiteStatus port={port} />
      <footer class="cl-popup-foot">
        <p class="cl-source">{asOf}</p>
      </footer>
    </main>
  );
}
