/** How many of one import are stored now, with Remove when there are any. */
export function ImportedCount({
  kind,
  count,
  noun,
  onRemove,
}: {
  kind: 'descriptors' | 'orgNotes';
  count: number;
  /** What is counted, as it reads after the number ("descriptors imported"). */
  noun: string;
  onRemove(): void;
}) {
  return (
    <p class="cl-muted" data-count={kind}>
      {count} {noun}{' '}
      {count > 0 && (
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      )}
    </p>
  );
}
