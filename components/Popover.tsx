/**
 * The in-page popover: a dialog next to the hovered code, kept inside the viewport
 * (popover/use-popover-placement.ts), holding the shared details view (popover/PopoverBody.tsx). Pin keeps it
 * open (popover/PopoverToolbar.tsx); the content script decides when it opens and closes.
 */
import { useRef, useState } from 'preact/hooks';
import type { Box } from '../lib/page/hit-test';
import type { Size } from '../lib/page/placement';
import type { SectionState } from '../lib/settings/types';
import { PopoverBody } from './popover/PopoverBody';
import type { PopoverContent } from './popover/popover-content';
import { PopoverToolbar } from './popover/PopoverToolbar';
import { usePopoverPlacement } from './popover/use-popover-placement';

export type { PopoverContent } from './popover/popover-content';

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
  const [expanded, setExpanded] = useState(false);
  const { place, style } = usePopoverPlacement(ref, props.anchor, props.viewport, expanded, props.onShown);
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
      <PopoverToolbar
        expanded={expanded}
        onExpand={setExpanded}
        pinned={props.pinned}
        onPin={props.onPin}
        onClose={props.onClose}
      />
      <PopoverBody content={props.content} sections={props.sections} headingId={HEADING_ID} />
    </div>
  );
}
