/** The popover's top bar: More/Less (full window height or compact), Pin (keep open) and close. */
export function PopoverToolbar(props: {
  expanded: boolean;
  onExpand(expanded: boolean): void;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
}) {
  const { expanded, pinned } = props;
  return (
    <div class="cl-toolbar">
      <span class="cl-brand">ClaimLens</span>
      <button
        type="button"
        class="cl-expand"
        aria-pressed={expanded}
        onClick={() => props.onExpand(!expanded)}
        title={expanded ? 'Back to the compact height' : 'Use the full height of the window'}
      >
        {expanded ? 'Less' : 'More'}
      </button>
      <button
        type="button"
        class="cl-pin"
        aria-pressed={pinned}
        onClick={() => props.onPin(!pinned)}
        title={pinned ? 'Unpin: close when the pointer leaves' : 'Pin: keep open'}
      >
        {pinned ? 'Pinned' : 'Pin'}
      </button>
      <button type="button" class="cl-close" aria-label="Close" onClick={() => props.onClose()}>
        ×
      </button>
    </div>
  );
}
