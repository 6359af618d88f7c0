/** Claim-check findings that involve the code, when claim lines were given. */
import { formatSource } from '../lib/claim/format-source';
import type { Finding } from '../lib/claim/types';
import { DetailsSection } from './DetailsSection';
import type { SectionState } from '../lib/settings/types';

function sourceText(f: Finding): string {
  return f.source.map(formatSource).join('; ');
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
            <li class={`cl-finding cl-${f.severity}`} data-rule={f.rule}>
              <strong>{f.severity}</strong>: {f.message}
              <p class="cl-source">Source: {sourceText(f)}</p>
            </li>
          ))}
        </ul>
      )}
    </DetailsSection>
  );
}
