/**
 * The toolbar popup: code search (focused on open, SearchPane.tsx and use-code-search.ts), details through the
 * shared CodeDetails component (the same `codeDetails` answer the popover gets, with the user's payers:
 * use-code-details.ts), recent lookups (use-popup-settings.ts), the current site's status and the data as-of line.
 */
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { codeOrUndefined } from '../../lib/codes';
import type { DatasetMeta } from '../../lib/dataset/types';
import { asOfLine, importedTablesLine } from '../data-age';
import type { UiPort } from '../extension/ui-port';
import { PopupDetails } from './PopupDetails';
import { SearchPane } from './SearchPane';
import { SiteStatus } from './SiteStatus';
import { useCodeDetails } from './use-code-details';
import { useCodeSearch } from './use-code-search';
import { useEscapeBack } from './use-escape-back';
import { usePopupSettings } from './use-popup-settings';
import { useSearchEngine } from './use-search-engine';

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
  const engineState = useSearchEngine(port, meta, now, idle);
  const { engine, loadError, readyMs, source: engineSource } = engineState;
  // The tables searched: the bundled meta until the imported ones in use are known (use-search-engine.ts).
  const activeMeta = engineState.meta ?? meta;
  const { settings, rememberLookup, clearLookups } = usePopupSettings(port);
  const search = useCodeSearch(engine, now);
  const { details, openCode, openResult, closeDetails } = useCodeDetails(port, settings.payers, rememberLookup);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const code = initialCode && codeOrUndefined(initialCode);
    if (code) openCode(code);
    else input.current?.focus();
  }, [initialCode, openCode]);

  const back = useCallback(() => {
    closeDetails();
    setTimeout(() => input.current?.focus(), 0);
  }, [closeDetails]);
  const asOf = useMemo(() => asOfLine(activeMeta), [activeMeta]);
  const imported = useMemo(() => importedTablesLine(activeMeta), [activeMeta]);
  const backButton = useRef<HTMLButtonElement>(null);
  useEscapeBack(details?.code, back, backButton);

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
        <SearchPane
          input={input}
          query={search.query}
          results={search.results}
          active={search.active}
          searchMs={search.searchMs}
          ready={engine !== null}
          loadError={loadError}
          recentCodes={settings.recentLookups}
          onType={search.type}
          onActive={search.setActive}
          onOpen={openResult}
          onClearQuery={search.clear}
          onClose={close}
          onOpenRecent={openCode}
          onClearRecent={clearLookups}
        />
      )}
      <SiteStatus port={port} />
      <footer class="cl-popup-foot">
        <p class="cl-source">{asOf}</p>
        {imported && <p class="cl-source cl-popup-imported">{imported}</p>}
        {engineState.importedUnavailable && (
          <p class="cl-source cl-popup-imported-unavailable" role="status">
            Your imported CMS tables could not be read just now: search covers only the bundled tables named above.
          </p>
        )}
      </footer>
    </main>
  );
}
