/**
 * Claim-check findings that involve the code, when claim lines were given: severity as a word, the first
 * sentence of each explanation, and the rest with its dated sources collapsed behind "More" (the same
 * headline-first reading as the claim check view, lib/claim/finding-groups.ts).
 */
import { firstSentence } from '../lib/claim/finding-groups';
import { formatSource } from '../lib/claim/format-source';
import type { Finding } from '../lib/claim/types';
import { DetailsSection } from './DetailsSection';
import type { SectionState } from '../lib/settings/types';

function sourceText(f: Finding): string {
  return f.source.map(formatSource).join('; ');
}

function FindingItem({ f }: { f: Finding }) {
  const head = firstSentence(f.message);
  const rest = f.message.startsWith(head) ? f.message.slice(head.length).trim() : f.message;
  return (
    <li class={`cl-finding cl-${f.severity}`} data-rule={f.rule}>
      <strong>{f.severity}</strong>: {head}
      <details class="cl-claim-more">
        <summary>More</summary>
        {rest && <p class="cl-claim-message">{rest}</p>}
        <p class="cl-source">Source: {sourceText(f)}</p>
      </details>
    </li>
  );
}

export function FindingsSection({ findings, state }: { findings: Finding[] | null; state: SectionState | undefined }) {
  if (findings === null) return null;
  return (
    <DetailsSection id="findings" title="Claim check" state={state}>
      {findings.length === 0 ? (
        <p>The claim check found nothing about this code in the lines read from the page.</p>
      ) : (
        <ul class="cl-findings">
          {findings.map((f) => (
            <FindingItem f={f} key={`${f.rule} ${f.codes.join(' ')}`} />
          ))}
        </ul>
      )}
    </DetailsSection>
  );
}
