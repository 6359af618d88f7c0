/** The one way a source is written out, in the popover, the popup, the claim check and the CLI alike. */
import type { FindingSource } from './types';

/**
 * "NCCI PTP edits…, as of 2024-07-01" for a bundled table; "…, CMS release v322r0, as of 2026-07-01, imported
 * by you on 2026-12-03" for a table the user imported; "NCCI Policy Manual…, Chapter I §E (rev. 2026-01-01)"
 * for a document.
 */
export function formatSource(s: FindingSource): string {
  if ('document' in s) return `${s.document}, ${s.section} (rev. ${s.asOf})`;
  if (s.importedOn) return `${s.title}, CMS release ${s.release}, as of ${s.asOf}, imported by you on ${s.importedOn}`;
  return `${s.title}, as of ${s.asOf}`;
}
