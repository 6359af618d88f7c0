/**
 * Finds where a payer note's billing instruction disagrees with the CMS add-on code edits (AOC table)
 * that the claim check applies, so the disagreement is shown beside the note instead of staying silent.
 * The check follows the CMS table: the NCCI Policy Manual (ch. I §W) says MACs should not allow other
 * primaries with a type 1 add-on, and the table is the one national, dated list the check can apply.
 */
import type { Dataset } from '../dataset/types';
import type { NoteConflict, PayerNote } from './payer-note-types';

/** Where the rule that decides the claim check is written. */
export const AOC_RULE = 'NCCI Policy Manual for Medicare Services, 2026, ch. I §W';

function conflictText(addOn: string, primaries: string[], billedWith: string[], asOf: string): string {
  const listed = primaries.join(', ');
  const other = billedWith.join(' + ');
  return (
    `The CMS add-on code edits (as of ${asOf}) list only ${listed} as the primary for ${addOn} (edit type 1), ` +
    `while this note bills ${addOn} with ${other}. ClaimLens's claim check follows the CMS table, so ${other} + ${addOn} ` +
    `without ${listed} is reported as an error: ${AOC_RULE} says MACs should not allow other primaries with a type 1 ` +
    `add-on. Neither source says how this MAC pays the pair in practice; confirm with the MAC before billing it.`
  );
}

/** Conflicts between the note's `billedTogether` combinations and the dataset's type 1 add-on edits. */
export function noteConflicts(note: PayerNote, ds: Dataset): NoteConflict[] {
  const out: NoteConflict[] = [];
  for (const combo of note.billedTogether ?? []) {
    for (const code of combo) {
      const edit = ds.addOn(code);
      if (edit?.editType !== 1) continue;
      const billedWith = combo.filter((c) => c !== code);
      if (billedWith.some((c) => edit.primaries.includes(c))) continue;
      out.push({
        table: edit.source,
        addOn: code,
        primaries: edit.primaries,
        billedWith,
        text: conflictText(code, edit.primaries, billedWith, edit.source.asOf),
      });
    }
  }
  return out;
}
