/** A section's footer: every table and document its facts rest on, each once, with its as-of date. */
import { formatSource } from '../lib/claim/format-source';
import type { FindingSource } from '../lib/claim/types';

export function SectionSources({ sources }: { sources: readonly (FindingSource | null | undefined)[] }) {
  const lines = [...new Set(sources.filter((s): s is FindingSource => !!s).map(formatSource))];
  if (lines.length === 0) return <p class="cl-source cl-section-sources">Source: none (no table lists this code)</p>;
  return (
    <p class="cl-source cl-section-sources">
      {lines.length === 1 ? 'Source' : 'Sources'}: {lines.join('; ')}
    </p>
  );
}
