/**
 * One entry of the claim check view: severity as an icon and a word (never colour alone), the codes and
 * claim lines involved, a one-line headline, and the full explanation with every dated source collapsed
 * behind "Why, and what to do" (lib/claim/finding-groups.ts merges findings that say the same thing).
 */
import { formatSource } from '../lib/claim/format-source';
import type { FindingItem } from '../lib/claim/finding-groups';
import type { Severity } from '../lib/claim/types';

/** Icon and word per severity; the icon is decorative, the word is what screen readers and printouts get. */
export const SEVERITY_LABEL: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Info' },
};

/** The severity as icon and word. */
export function SeverityWord({ severity }: { severity: Severity }) {
  const label = SEVERITY_LABEL[severity];
  return (
    <span class="cl-sev">
      <span aria-hidden="true">{label.icon} </span>
      {label.word}
    </span>
  );
}

export function ClaimCheckFinding({ item: f }: { item: FindingItem }) {
  const lines = f.lines.map((i) => i + 1);
  return (
    <li
      class="cl-claim-finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-codes={f.codes.join(' ')}
      data-merged={f.merged > 1 ? String(f.merged) : undefined}
    >
      <p class="cl-claim-finding-head">
        <SeverityWord severity={f.severity} /> <strong class="cl-claim-codes">{f.codes.join(' + ')}</strong>
        <span class="cl-muted">
          {' '}
          · line{lines.length === 1 ? '' : 's'} {lines.join(', ')}
        </span>
      </p>
      <p class="cl-claim-headline">{f.headline}</p>
      <details class="cl-claim-more">
        <summary>Why, and what to do</summary>
        <p class="cl-claim-message">{f.message}</p>
        {f.merged > 1 && <p class="cl-muted">The same applies to each pair named above.</p>}
        <p class="cl-source">Source: {f.source.map(formatSource).join('; ')}</p>
      </details>
    </li>
  );
}
