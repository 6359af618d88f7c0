/** Your organisation's imported notes for the code (plain text, labelled as imported, never HTML). */
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';

interface OrgNoteView {
  payer: string;
  from: string;
  to: string;
  text: string;
  source?: string;
}

function isOrgNote(v: unknown): v is OrgNoteView {
  const n = v as OrgNoteView;
  return (
    !!n &&
    typeof n.text === 'string' &&
    typeof n.payer === 'string' &&
    typeof n.from === 'string' &&
    typeof n.to === 'string'
  );
}

export function OrgNotes({ notes, state }: { notes: unknown; state: SectionState | undefined }) {
  const list = Array.isArray(notes) ? notes.filter(isOrgNote) : [];
  if (list.length === 0) return null;
  return (
    <DetailsSection id="orgNotes" title="Your organisation’s notes" state={state}>
      <ul>
        {list.map((n) => (
          <li class="cl-org-note" data-payer={n.payer}>
            <span class="cl-muted">
              {n.payer}
              {n.from === n.to ? '' : `, ${n.from}–${n.to}`}:{' '}
            </span>
            {n.text}
            <p class="cl-source">Source: {n.source ?? 'not given'} (imported by you)</p>
          </li>
        ))}
      </ul>
    </DetailsSection>
  );
}
