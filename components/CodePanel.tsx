/**
 * The keyboard panel: every code found on the page, in page order. ↑/↓ (Home/End) move, Enter opens the
 * popover for the selected code, C (or the button) checks the claim, Escape closes the panel.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** One row of the panel. */
export interface PanelCode {
  code: string;
  /** Times the code occurs on the page. */
  count: number;
  /** Modifiers and units written with its first occurrence, e.g. "-59 ×2". */
  detail?: string;
  /** Only mentioned on the page (prose, a range, a remark): explained, never a billed line. */
  mentioned?: boolean;
}

export interface CodePanelProps {
  codes: PanelCode[];
  onOpen(code: string): void;
  onClose(): void;
  /** "Check this claim"; gets the code selected in the panel (the claim around it is checked if nothing is selected on the page). */
  onCheck?(activeCode: string | undefined): void;
  /** The claim check's result, shown above the list. */
  claim?: ComponentChildren;
}

export function CodePanel({ codes, onOpen, onClose, onCheck, claim }: CodePanelProps) {
  const [selected, setActive] = useState(0);
  // The list can shrink under the selection (a rescan); the last row stays selected then.
  const active = Math.max(0, Math.min(selected, codes.length - 1));
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => list.current?.focus(), []);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  // One click handler on the focusable listbox (aria-activedescendant pattern): options never take focus.
  const onClick = (e: MouseEvent) => {
    const option = (e.target as Element | null)?.closest?.('[role="option"]');
    const i = Number(option?.getAttribute('data-index') ?? Number.NaN);
    if (!Number.isInteger(i) || !codes[i]) return;
    setActive(i);
    onOpen(codes[i].code);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = codes.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    if (e.key in moves) setActive(Math.max(0, moves[e.key]));
    else if (e.key === 'Enter' && codes[active]) onOpen(codes[active].code);
    else if (e.key === 'Escape') onClose();
    else if ((e.key === 'c' || e.key === 'C') && onCheck && !e.ctrlKey && !e.metaKey && !e.altKey)
      onCheck(codes[active]?.code);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div class="cl-panel" role="dialog" aria-label="Codes on this page">
      <div class="cl-toolbar">
        <span class="cl-brand">Codes on this page ({codes.length})</span>
        {onCheck && (
          // mousedown's default would move focus and may drop the page selection the check is about to read.
          <button
            type="button"
            class="cl-check"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onCheck(codes[active]?.code)}
          >
            Check this claim
          </button>
        )}
        <button type="button" class="cl-close" aria-label="Close panel" onClick={onClose}>
          ×
        </button>
      </div>
      {claim}
      {codes.length === 0 ? (
        <p>No codes found on this page.</p>
      ) : (
        <div
          ref={list}
          class="cl-panel-list"
          role="listbox"
          tabIndex={0}
          aria-label="Codes"
          aria-activedescendant={`claimlens-code-${active}`}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          {codes.map((c, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox take no focus
            <div
              id={`claimlens-code-${i}`}
              data-index={i}
              data-code={c.code}
              data-mentioned={c.mentioned ? '' : undefined}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'cl-active' : ''}
            >
              <strong>{c.code}</strong>
              {c.detail ? ` ${c.detail}` : ''}
              {c.count > 1 && <span class="cl-muted"> ×{c.count} on page</span>}
              {c.mentioned && <span class="cl-muted cl-mentioned"> · mentioned, not billed</span>}
            </div>
          ))}
        </div>
      )}
      <p class="cl-hint">↑/↓ to move, Enter to explain,{onCheck ? ' C to check the claim,' : ''} Escape to close.</p>
    </div>
  );
}
