/** One "Source: table, as of date" line; every fact in the details view carries one. */
import { formatSource } from '../lib/claim/format-source';
import type { SourceRef } from '../lib/dataset/types';

export function SourceLine({ source, label }: { source: SourceRef | null | undefined; label?: string }) {
  if (!source) return <p class="cl-source">Source: none (no table lists this code)</p>;
  return (
    <p class="cl-source">
      {label ?? 'Source'}: {formatSource(source)}
    </p>
  );
}
