/**
 * While a code's details are open, focus is on their Back button (the search box is gone) and Escape anywhere
 * goes back to the list.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useEscapeBack(
  detailsCode: string | undefined,
  back: () => void,
  backButton: RefObject<HTMLButtonElement>,
): void {
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
  }, [detailsCode, back, backButton]);
}
