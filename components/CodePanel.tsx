/**
 * The keyboard panel: every code found on the page, in page order. ↑/↓ (Home/End) move, Enter opens the
 * popover for the selected code, C (or the button) checks the claim, Escape closes the panel. Its bar and rows
 * are components/panel/.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PanelCodeRow } from './panel/PanelCodeRow';
import { PanelToolbar } from './panel/PanelToolbar';

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
      <PanelToolbar count={codes.length} onCheck={onCheck && (() => onCheck(codes[active]?.code))} onClose={onClose} />
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
            <PanelCodeRow code={c} index={i} active={i === active} />
          ))}
        </div>
      )}
      <p class="cl-hint">↑/↓ to move, Enter to explain,{onCheck ? ' C to check the claim,' : ''} Escape to close.</p>
    </div>
  );
}
