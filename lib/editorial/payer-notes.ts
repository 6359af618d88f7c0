/**
 * Payer notes (data/payer-notes/*.json), filtered to the payers, MAC jurisdiction and BCBS plan the
 * user chose. Each returned note carries a `verify` marker derived from its evidence level.
 */
import aetna from '../../data/payer-notes/aetna.json';
import bcbs from '../../data/payer-notes/bcbs.json';
import cigna from '../../data/payer-notes/cigna.json';
import medicare from '../../data/payer-notes/medicare.json';
import uhc from '../../data/payer-notes/uhc.json';
import { matchesSpecs } from './code-ranges';
import type { PayerNote, PayerNotesFile, ResolvedPayerNote } from './types';

/** Every payer notes file as bundled, in display order. */
export const PAYER_NOTE_FILES = [medicare, aetna, cigna, uhc, bcbs] as unknown as PayerNotesFile[];

/** Which notes to return for a code. */
export interface PayerNoteQuery {
  /** Payer ids (e.g. "medicare", "bcbs"); notes come back in this order. */
  payers: readonly string[];
  /** Medicare MAC jurisdiction (e.g. "JF"); when set, notes limited to other MACs are left out. */
  macJurisdiction?: string | null;
  /** BCBS plan id (e.g. "anthem"); when set, notes limited to other plans are left out. */
  bcbsPlan?: string | null;
  /** Whether the code is an add-on (from the CMS AOC table); includes "all add-on codes" notes. */
  isAddOn?: boolean;
}

/** The payers that have notes, derived from the data: id and display name. */
export function payersFromNotes(
  files: readonly PayerNotesFile[] = PAYER_NOTE_FILES,
): { id: string; name: string; plans: { id: string; name: string }[] }[] {
  return files.map((f) => ({ id: f.payer, name: f.name, plans: f.plans ?? [] }));
}

/** True when the note applies to the code. */
export function noteCoversCode(note: PayerNote, code: string, isAddOn = false): boolean {
  if (note.appliesTo === 'all-codes') return true;
  if (note.appliesTo === 'all-add-on-codes') return isAddOn;
  return matchesSpecs(code, note.codes);
}

function resolve(file: PayerNotesFile, note: PayerNote): ResolvedPayerNote {
  const planName = note.bcbsPlan ? file.plans?.find((p) => p.id === note.bcbsPlan)?.name : undefined;
  return {
    ...note,
    payer: file.payer,
    payerName: file.name,
    ...(planName ? { planName } : {}),
    verify: note.evidence === 'S',
  };
}

/** Notes for `code` from the chosen payers, code-specific notes before general ones. */
export function payerNotesFor(
  code: string,
  q: PayerNoteQuery,
  files: readonly PayerNotesFile[] = PAYER_NOTE_FILES,
): ResolvedPayerNote[] {
  const out: ResolvedPayerNote[] = [];
  for (const payer of q.payers) {
    const file = files.find((f) => f.payer === payer);
    if (!file) continue;
    const notes = file.notes.filter(
      (n) =>
        noteCoversCode(n, code, q.isAddOn) &&
        !(q.macJurisdiction && n.macJurisdictions && !n.macJurisdictions.includes(q.macJurisdiction)) &&
        !(q.bcbsPlan && n.bcbsPlan && n.bcbsPlan !== q.bcbsPlan),
    );
    const specific = notes.filter((n) => !n.appliesTo || n.appliesTo === 'listed-codes');
    const general = notes.filter((n) => n.appliesTo && n.appliesTo !== 'listed-codes');
    out.push(...[...specific, ...general].map((n) => resolve(file, n)));
  }
  return out;
}
