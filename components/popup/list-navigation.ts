/**
 * Keyboard model of the popup's result list (a combobox with a listbox): which option is active after a key,
 * and what Enter and Escape do. Pure, so it is unit-tested without a DOM.
 */

/** What a key press in the search box means. */
export type ListAction =
  | { kind: 'move'; index: number }
  | { kind: 'open'; index: number }
  | { kind: 'clear' }
  | { kind: 'close' }
  | { kind: 'none' };

/**
 * The action for `key` with `count` results, option `active` highlighted (-1 for none) and `query` typed.
 * ↓/↑ wrap around; Home/End jump; Enter opens the active option (the first when none is active);
 * Escape clears a non-empty query, and closes the popup when the query is already empty.
 */
export function listAction(key: string, active: number, count: number, query: string): ListAction {
  switch (key) {
    case 'ArrowDown':
      return count === 0
        ? { kind: 'none' }
        : { kind: 'move', index: active < 0 || active >= count - 1 ? 0 : active + 1 };
    case 'ArrowUp':
      return count === 0 ? { kind: 'none' } : { kind: 'move', index: active <= 0 ? count - 1 : active - 1 };
    case 'Home':
      return count === 0 ? { kind: 'none' } : { kind: 'move', index: 0 };
    case 'End':
      return count === 0 ? { kind: 'none' } : { kind: 'move', index: count - 1 };
    case 'Enter':
      return count === 0 ? { kind: 'none' } : { kind: 'open', index: active >= 0 && active < count ? active : 0 };
    case 'Escape':
      return query !== '' ? { kind: 'clear' } : { kind: 'close' };
    default:
      return { kind: 'none' };
  }
}

/** DOM id of result option `i` (for `aria-activedescendant`). */
export function optionId(i: number): string {
  return `cl-result-${i}`;
}
