/**
 * The popup's search view: the search box (a combobox over the result listbox, keys in list-navigation.ts), what
 * the search found or why it cannot search yet, and the recent lookups while nothing is typed.
 */
import type { RefObject } from 'preact';
import type { SearchResult } from '../../lib/search/types';
import { listAction, optionId } from './list-navigation';
import { RecentLookups } from './RecentLookups';
import { RESULTS_ID, SearchResults } from './SearchResults';

export interface SearchPaneProps {
  input: RefObject<HTMLInputElement>;
  query: string;
  results: SearchResult[];
  active: number;
  searchMs: number | undefined;
  /** The search engine is loaded. */
  ready: boolean;
  loadError: boolean;
  recentCodes: string[];
  onType(query: string): void;
  onActive(index: number): void;
  onOpen(result: SearchResult): void;
  /** Escape with a query typed. */
  onClearQuery(): void;
  /** Escape with nothing typed: closes the popup. */
  onClose(): void;
  onOpenRecent(code: string): void;
  onClearRecent(): void;
}

export function SearchPane(p: SearchPaneProps) {
  const onKey = (e: KeyboardEvent) => {
    const a = listAction(e.key, p.active, p.results.length, p.query);
    if (a.kind === 'none') return;
    e.preventDefault();
    if (a.kind === 'move') {
      p.onActive(a.index);
      document.getElementById(optionId(a.index))?.scrollIntoView({ block: 'nearest' });
    } else if (a.kind === 'open') p.onOpen(p.results[a.index]);
    else if (a.kind === 'clear') p.onClearQuery();
    else p.onClose();
  };
  return (
    <>
      <label for="cl-search" class="cl-label">
        Search codes, words or synonyms
      </label>
      <input
        ref={p.input}
        id="cl-search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        role="combobox"
        aria-expanded={p.results.length > 0}
        aria-controls={RESULTS_ID}
        aria-autocomplete="list"
        aria-activedescendant={p.active >= 0 && p.active < p.results.length ? optionId(p.active) : undefined}
        placeholder="64634, J1100, facet, CO-97, N362…"
        value={p.query}
        onInput={(e) => p.onType((e.target as HTMLInputElement).value)}
        onKeyDown={onKey}
      />
      {p.loadError && (
        <p role="alert" class="cl-error-text">
          ClaimLens could not read its bundled code list. Reload the extension and try again.
        </p>
      )}
      {!p.ready && !p.loadError && (
        <p class="cl-muted" role="status">
          Loading the code list…
        </p>
      )}
      {p.ready && p.query.trim() !== '' && p.results.length === 0 && (
        <p class="cl-muted" role="status">
          No codes match “{p.query}”.
        </p>
      )}
      <SearchResults
        results={p.results}
        active={p.active}
        searchMs={p.searchMs}
        onOpen={(i) => p.onOpen(p.results[i])}
        onHover={p.onActive}
      />
      {p.query.trim() === '' && (
        <RecentLookups codes={p.recentCodes} onOpen={p.onOpenRecent} onClear={p.onClearRecent} />
      )}
    </>
  );
}
