/**
 * Everything ClaimLens knows about one modifier: `claimlens lookup XS` and the modifier hover.
 * Level II modifiers carry CMS's text from the bundled HCPCS file; the common numeric CPT modifiers carry
 * the project's own description (lib/modifiers/cpt-modifiers.ts), labelled as such.
 */
import { NCCI_PTP_MODIFIERS, NON_BYPASS_MODIFIERS } from '../claim/modifiers';
import { POLICY } from '../claim/policy-sources';
import type { DocumentSource } from '../claim/types';
import type { Dataset, SourceRef } from '../dataset/types';
import { CPT_MODIFIER_LABEL, CPT_MODIFIER_NOTES } from './cpt-modifiers';

/** The report of one modifier; `known: false` with nulls when neither source has it. */
export interface ModifierReport {
  modifier: string;
  known: boolean;
  /** `hcpcs-level-ii`: CMS text; `cpt`: ClaimLens's own description of a CPT modifier. */
  kind: 'hcpcs-level-ii' | 'cpt' | null;
  /** The description to show. */
  text: string | null;
  /** CMS's short text (Level II only). */
  short: string | null;
  /** Whose words `text` is, and from which table or documents. */
  label: string | null;
  source: SourceRef | null;
  documents: DocumentSource[];
  status: 'active' | 'terminated' | null;
  addedOn: string | null;
  terminatedOn: string | null;
  /** Whether the NCCI Policy Manual lists it among the modifiers that may bypass a PTP edit (indicator 1). */
  ncciPtpAssociated: boolean;
  /** The plain-words consequence for PTP edits. */
  ptpNote: string;
}

function ptpNote(mod: string): string {
  if (NCCI_PTP_MODIFIERS.has(mod))
    return 'An NCCI PTP-associated modifier: where the clinical facts support it, it may bypass a PTP edit whose modifier indicator is 1 (never one with indicator 0).';
  if (NON_BYPASS_MODIFIERS.has(mod)) return 'The NCCI Policy Manual says this modifier does not bypass a PTP edit.';
  return 'Not on the NCCI Policy Manual’s list of PTP-associated modifiers: it does not bypass a PTP edit.';
}

/**
 * Builds the report of `input` (case-insensitive, e.g. "xs", "59").
 * @param today ISO date: a Level II modifier whose termination date is before it is `terminated`.
 */
export function modifierReport(ds: Dataset, input: string, today: string): ModifierReport {
  const mod = input.trim().toUpperCase();
  const base = {
    modifier: mod,
    ncciPtpAssociated: NCCI_PTP_MODIFIERS.has(mod),
    ptpNote: ptpNote(mod),
    documents: [POLICY.modifiers],
  };
  const level2 = ds.modifier(mod);
  if (level2) {
    const field = level2.long ? 'long' : 'short';
    const reworded = level2.reworded.includes(field);
    const table = `${level2.source.title} (${level2.source.asOf})`;
    return {
      ...base,
      known: true,
      kind: 'hcpcs-level-ii',
      text: level2[field],
      short: level2.short || null,
      label: reworded ? `ClaimLens wording (CMS's text matches a CPT descriptor); modifier from ${table}` : table,
      source: level2.source,
      status: level2.terminatedOn && level2.terminatedOn < today ? 'terminated' : 'active',
      addedOn: level2.addedOn,
      terminatedOn: level2.terminatedOn,
    };
  }
  const note = Object.hasOwn(CPT_MODIFIER_NOTES, mod) ? CPT_MODIFIER_NOTES[mod] : undefined;
  if (note) {
    return {
      ...base,
      known: true,
      kind: 'cpt',
      text: note.text,
      short: null,
      label: CPT_MODIFIER_LABEL,
      source: null,
      documents: note.sources,
      status: null,
      addedOn: null,
      terminatedOn: null,
    };
  }
  return {
    ...base,
    known: false,
    kind: null,
    text: null,
    short: null,
    label: null,
    source: null,
    status: null,
    addedOn: null,
    terminatedOn: null,
  };
}
