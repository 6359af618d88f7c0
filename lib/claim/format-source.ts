/** The one way a source is written out, in the popover, the popup, the claim check and the CLI alike. */
import type { FindingSource } from './types';

/** "NCCI PTP edits…, as of 2024-07-01" for a table; "NCCI Policy Manual…, Chapter I §E (rev. 2026-01-01)" for a document. */
export function formatSource(s: FindingSource): string {
  return 'document' in s ? `${s.document}, ${s.section} (rev. ${s.asOf})` : `${s.title}, as of ${s.asOf}`;
}
