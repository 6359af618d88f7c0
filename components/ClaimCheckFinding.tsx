/**
 * One claim-check finding in the panel: severity as an icon and a word (never colour alone), the codes and
 * claim lines involved, the message, and every source with its as-of date.
 */
import type { Finding, FindingSource, Severity } from '../lib/claim/types';

/** Icon and word per severity; the icon is decorative, the word is what screen readers and printouts get. */
export const SEVERITY_LABEL: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Info' },
};

/** "NCCI PTP edits…, as of 2024-07-01" or "NCCI Policy Manual…, Chapter I §E (rev. 2026-01-01)". */
export function sourceLabel(s: FindingSource): string {
  return 'document' in s ? `${s.document}, ${s.section} (rev. ${s.asOf})` : `${s.title}, as of ${s.asOf}`;
}

export function ClaimCheckFinding({ finding: f }: { finding: Finding }) {
  const label = SEVERITY_LABEL[f.severity];
  const lines = f.lines.map((i) => i + 1);
  return (
    <li class="cl-claim-finding" data-rule={f.rule} data-severity={f.severity} data-codes={f.codes.join(' ')}>
      <p class="cl-claim-finding-head">
        <span class="cl-sev">
          <span aria-hidden="true">{label.icon} </span>
          {label.word}
        </span>{' '}
        <strong class="cl-claim-codes">{f.codes.join(' + ')}</strong>
        <span class="cl-muted">
          {' '}
          · line{lines.length === 1 ? '' : 's'} {lines.join(', ')}
        </span>
      </p>
      <p class="cl-claim-message">{f.message}</p>
      <p class="cl-source">Source: {f.source.map(sourceLabel).join('; ')}</p>
    </li>
  );
}
