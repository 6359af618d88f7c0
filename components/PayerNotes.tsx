/**
 * Payer notes for the payers the user chose, in the user's order: the first payer open, the others
 * collapsed. Notes are plain text (never HTML); a note from a secondary source says to verify it.
 */
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';
import { type ConflictView, type DocView, NoteConflicts, NoteSource, type SourceView } from './NoteSource';

interface NoteView {
  id: string;
  payer: string;
  payerName: string;
  planName?: string;
  text: string;
  verify: boolean;
  macJurisdictions?: string[];
  source: SourceView;
  seeAlso?: (DocView & { evidence?: string })[];
  conflicts?: ConflictView[];
}

function isNote(v: unknown): v is NoteView {
  const n = v as NoteView;
  return (
    !!n &&
    typeof n.text === 'string' &&
    typeof n.payer === 'string' &&
    typeof n.payerName === 'string' &&
    !!n.source &&
    typeof n.source.title === 'string'
  );
}

function Note({ note }: { note: NoteView }) {
  return (
    <li class="cl-payer-note" data-note={note.id}>
      {note.planName && <span class="cl-muted">{note.planName}: </span>}
      {note.macJurisdictions && <span class="cl-muted">{note.macJurisdictions.join(', ')}: </span>}
      {note.text}
      {note.verify && <span class="cl-verify"> Verify against the payer’s policy.</span>}
      <NoteConflicts conflicts={note.conflicts} />
      <NoteSource source={note.source} seeAlso={note.seeAlso} />
    </li>
  );
}

export function PayerNotes({
  notes,
  payers,
  state,
}: {
  notes: unknown[];
  payers: string[];
  state: SectionState | undefined;
}) {
  const valid = notes.filter(isNote);
  const byPayer = new Map<string, NoteView[]>();
  for (const id of payers) byPayer.set(id, []);
  for (const n of valid) (byPayer.get(n.payer) ?? byPayer.set(n.payer, []).get(n.payer)!).push(n);
  return (
    <DetailsSection id="payerNotes" title="Payer notes" state={state}>
      {payers.length === 0 ? (
        <p>No payers chosen. Choose your payers in ClaimLens options to see their notes here.</p>
      ) : (
        [...byPayer].map(([payer, list], i) => (
          <details class="cl-payer" data-payer={payer} open={i === 0}>
            <summary>
              {list[0]?.payerName ?? payer} ({list.length})
            </summary>
            {list.length > 0 ? (
              <ul>
                {list.map((n) => (
                  <Note note={n} />
                ))}
              </ul>
            ) : (
              <p class="cl-muted">
                No note for this code from this payer in ClaimLens’s notes (no data; not a statement that the payer has
                no rule).
              </p>
            )}
          </details>
        ))
      )}
    </DetailsSection>
  );
}
