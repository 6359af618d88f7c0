/** The keyboard panel's top bar: how many codes, "Check this claim" (when the page has a claim check) and close. */
export function PanelToolbar({ count, onCheck, onClose }: { count: number; onCheck?(): void; onClose(): void }) {
  return (
    <div class="cl-toolbar">
      <span class="cl-brand">Codes on this page ({count})</span>
      {onCheck && (
        // mousedown's default would move focus and may drop the page selection the check is about to read.
        <button type="button" class="cl-check" onMouseDown={(e) => e.preventDefault()} onClick={onCheck}>
          Check this claim
        </button>
      )}
      <button type="button" class="cl-close" aria-label="Close panel" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
