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
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.focus(), []);
  useEffect(() => {
    if (active >= codes.length && codes.length > 0) setActive(codes.length - 1);
  }, [codes.length]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
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
        <ul
          ref={list}
          class="cl-panel-list"
          role="listbox"
          tabIndex={0}
          aria-label="Codes"
          aria-activedescendant={`claimlens-code-${active}`}
          onKeyDown={onKeyDown}
        >
          {codes.map((c, i) => (
            <li
              id={`claimlens-code-${i}`}
              data-index={i}
              data-code={c.code}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'cl-active' : ''}
              onClick={() => {
                setActive(i);
                onOpen(c.code);
              }}
            >
              <strong>{c.code}</strong>
              {c.detail ? ` ${c.detail}` : ''}
              {c.count > 1 && <span class="cl-muted"> ×{c.count} on page</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="cl-hint">↑/↓ to move, Enter to explain,{onCheck ? ' C to check the claim,' : ''} Escape to close.</p>
    </div>
  );
}
