/**
 * The verdict strip under the code's heading: one line of chips (lib/claim/verdict.ts) — red, amber, green
 * or neutral, each with its icon and words so colour is never the only signal. A chip opens and shows the
 * section that explains it; its sources are in its tooltip and in that section's footer.
 */
import { formatSource } from '../lib/claim/format-source';
import type { Verdict, VerdictChip } from '../lib/claim/verdict';

/** Opens the section `id` of the details view holding `from` and brings it into view. */
function reveal(from: HTMLElement, id: VerdictChip['section']): void {
  const details = from.closest('.cl-details');
  const target = details?.querySelector(`[data-section="${id}"]`);
  if (!target) return;
  const box = target instanceof HTMLDetailsElement ? target : target.querySelector('details');
  if (box) box.open = true;
  target.scrollIntoView({ block: 'nearest' });
}

const TONE_WORDS: Record<VerdictChip['tone'], string> = {
  bad: 'problem',
  warn: 'check',
  ok: 'fine',
  info: 'note',
};

export function VerdictStrip({ verdict }: { verdict: Verdict | undefined }) {
  if (!verdict || verdict.chips.length === 0) return null;
  const on = verdict.claim
    ? `Verdict on this claim's ${verdict.claim.lines} billed line${verdict.claim.lines === 1 ? '' : 's'}, date of service ${verdict.claim.dateOfService}`
    : 'From the tables (the code is not on a claim line here)';
  return (
    <ul class="cl-verdict" aria-label={on} data-claim={verdict.claim ? 'yes' : 'no'}>
      {verdict.chips.map((c) => (
        <li>
          <button
            type="button"
            class="cl-chip"
            data-kind={c.kind}
            data-tone={c.tone}
            aria-label={`${TONE_WORDS[c.tone]}: ${c.text}`}
            title={c.sources.length ? `Source: ${c.sources.map(formatSource).join('; ')}` : undefined}
            onClick={(e) => reveal(e.currentTarget as HTMLElement, c.section)}
          >
            {c.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
