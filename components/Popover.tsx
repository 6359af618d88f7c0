/**
 * The in-page popover: a dialog next to the hovered code, kept inside the viewport, holding the shared
 * details view. Pin keeps it open; the content script decides when it opens and closes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from '../lib/page/hit-test';
import { placePopover, type Placement, type Size } from '../lib/page/placement';
import { POPOVER_GAP_PX, POPOVER_MAX_HEIGHT_PX, VIEWPORT_MARGIN_PX } from '../lib/page/popover-geometry';
import type { CodeDetails as Details } from '../lib/messages';
import type { SectionState } from '../lib/settings/types';
import type { AdjustmentView } from '../lib/denials/view';
import { AdjustmentDetails } from './AdjustmentDetails';
import { CodeDetails } from './CodeDetails';
import type { ModifierView } from '../lib/modifiers/modifier-on-claim';
import { ModifierDetails } from './ModifierDetails';

/** What the popover shows: details, an adjustment or remark code's explanation, a loading line, or an error. */
export type PopoverContent =
  | { kind: 'loading'; code: string }
  | { kind: 'ready'; details: Details }
  | { kind: 'adjustment'; view: AdjustmentView }
  | { kind: 'modifier'; view: ModifierView }
  | { kind: 'error'; code: string; message: string };

export interface PopoverProps {
  content: PopoverContent;
  anchor: Box;
  viewport: Size;
  pinned: boolean;
  sections?: Record<string, SectionState>;
  onPin(pinned: boolean): void;
  onClose(): void;
  /** Called once the popover is placed and visible (for latency measurement and focus). */
  onShown?(el: HTMLElement): void;
}

const HEADING_ID = 'claimlens-popover-heading';

export function Popover(props: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const [expanded, setExpanded] = useState(false);
  const c = props.content;
  const code =
    c.kind === 'ready'
      ? c.details.report.code
      : c.kind === 'adjustment'
        ? c.view.display
        : c.kind === 'modifier'
          ? c.view.report.modifier
          : c.code;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const size = { width: el.offsetWidth, height: el.scrollHeight };
    const next = placePopover(props.anchor, size, props.viewport, {
      gap: POPOVER_GAP_PX,
      margin: VIEWPORT_MARGIN_PX,
      maxHeight: expanded ? undefined : POPOVER_MAX_HEIGHT_PX,
    });
    if (!place || next.top !== place.top || next.left !== place.left || next.maxHeight !== place.maxHeight)
      setPlace(next);
    else props.onShown?.(el);
  });
  const style = place
    ? { top: `${place.top}px`, left: `${place.left}px`, maxHeight: `${place.maxHeight}px` }
    : { top: '0px', left: '0px', visibility: 'hidden' };
  return (
    <div
      ref={ref}
      class="cl-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={HEADING_ID}
      data-state={props.content.kind}
      data-side={place?.side}
      data-pinned={props.pinned ? 'true' : 'false'}
      data-expanded={expanded ? 'true' : 'false'}
      style={style}
      tabIndex={-1}
    >
      <div class="cl-toolbar">
        <span class="cl-brand">ClaimLens</span>
        <button
          type="button"
          class="cl-expand"
          aria-pressed={expanded}
          onClick={() => setExpanded(!expanded)}
          title={expanded ? 'Back to the compact height' : 'Use the full height of the window'}
        >
          {expanded ? 'Less' : 'More'}
        </button>
        <button
          type="button"
          class="cl-pin"
          aria-pressed={props.pinned}
          onClick={() => props.onPin(!props.pinned)}
          title={props.pinned ? 'Unpin: close when the pointer leaves' : 'Pin: keep open'}
        >
          {props.pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="cl-close" aria-label="Close" onClick={() => props.onClose()}>
          ×
        </button>
      </div>
      {c.kind === 'ready' ? (
        <CodeDetails details={c.details} sections={props.sections} headingId={HEADING_ID} />
      ) : c.kind === 'adjustment' ? (
        <AdjustmentDetails view={c.view} headingId={HEADING_ID} />
      ) : c.kind === 'modifier' ? (
        <ModifierDetails view={c.view} headingId={HEADING_ID} />
      ) : (
        <div class="cl-details">
          <h2 id={HEADING_ID} class="cl-code">
            {code}
          </h2>
          <p role="status">{c.kind === 'loading' ? 'Loading…' : c.kind === 'error' ? c.message : ''}</p>
        </div>
      )}
    </div>
  );
}
