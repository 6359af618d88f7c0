/**
 * The popup's result list: a listbox whose active option the search box points at (aria-activedescendant). Each
 * row is the code and its label on one line, plus a second line where that line alone would not tell codes apart.
 */
import { distinguishingTails } from '../../lib/search/label-tail';
import type { SearchResult } from '../../lib/search/types';
import { optionId } from './list-navigation';

export const RESULTS_ID = 'cl-results';

export function SearchResults(props: {
  results: SearchResult[];
  active: number;
  onOpen(i: number): void;
  onHover(i: number): void;
  searchMs?: number;
}) {
  // Labels that begin alike (J7637 / J7638) get a second line with the words that tell them apart.
  const tails = distinguishingTails(props.results.map((r) => r.label));
  return (
    <div
      id={RESULTS_ID}
      class="cl-results"
      role="listbox"
      aria-label="Matching codes"
      data-search-ms={props.searchMs !== undefined ? props.searchMs.toFixed(2) : undefined}
    >
      {props.results.map((r, i) => (
        // The search box owns focus and the keyboard (combobox + aria-activedescendant, PopupApp.tsx): an option
        // is never focused, so it has no key handler of its own; the mouse handlers only mirror those keys.
        // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the search box that owns focus
        // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox take no focus
        <div
          id={optionId(i)}
          role="option"
          aria-selected={i === props.active}
          class="cl-result"
          data-code={r.code}
          data-kind={r.kind}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onOpen(i)}
          onMouseMove={() => props.onHover(i)}
        >
          <span class="cl-result-code">{r.display ?? r.code}</span>
          <span class="cl-result-text">
            <span class="cl-result-label">{r.label}</span>
            {tails[i] && <span class="cl-result-tail">{tails[i]}</span>}
          </span>
        </div>
      ))}
    </div>
  );
}
