/**
 * One claim-check finding in the panel: severity as an icon and a word (never colour alone), the codes and
 * claim lines involved, the message, and every source with its as-of date.
 */
import { formatSource } from '../lib/claim/format-source';
import type { Finding, Severity } from '../lib/claim/types';

/** Icon and word per severity; the icon is decorative, the word is what screen readers and printouts get. */
export const SEVERITY_LABEL: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Info' },
};

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
      <p class="cl-source">Source: {f.source.map(formatSource).join('; ')}</p>
    </li>
  );
}
