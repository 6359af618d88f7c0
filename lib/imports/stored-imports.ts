/**
 * Imported data as kept in storage (`local:importedDescriptors`, `local:orgNotes`; see
 * `lib/settings/storage.ts`). An import is validated as a whole before it is written; these
 * readers re-check what comes back, dropping (and reporting) any entry that is not valid, so a
 * corrupted store never reaches the popover.
 */
import { isRecord, own } from '../settings/field-readers';
import { checkDescriptor, DescriptorCollector, MAX_DESCRIPTORS, type DescriptorEntry } from './descriptor-entry';
import { checkOrgNote, MAX_NOTES, type OrgNote } from './org-note-entry';

/** Layout version of both stored blobs. */
export const STORED_IMPORTS_VERSION = 1;

/** `local:importedDescriptors`. */
export interface StoredDescriptors {
  version: typeof STORED_IMPORTS_VERSION;
  entries: DescriptorEntry[];
}

/** `local:orgNotes`. */
export interface StoredOrgNotes {
  version: typeof STORED_IMPORTS_VERSION;
  notes: OrgNote[];
}

/** The blob to write after a successful descriptor import. */
export function toStoredDescriptors(entries: DescriptorEntry[]): StoredDescriptors {
  return { version: STORED_IMPORTS_VERSION, entries };
}

/** The blob to write after a successful organisation-notes import. */
export function toStoredOrgNotes(notes: OrgNote[]): StoredOrgNotes {
  return { version: STORED_IMPORTS_VERSION, notes };
}

/** Result of reading a stored blob: the valid entries, and one line per problem (never quoting values). */
export interface StoredRead<T> {
  value: T[];
  errors: string[];
}

function listOf(raw: unknown, key: string, max: number, errors: string[]): unknown[] {
  if (raw === undefined) return [];
  if (!isRecord(raw) || own(raw, 'version') !== STORED_IMPORTS_VERSION || !Array.isArray(own(raw, key))) {
    errors.push(`${key}: not a stored import of version ${STORED_IMPORTS_VERSION}; ignored`);
    return [];
  }
  const list = own(raw, key) as unknown[];
  if (list.length > max) {
    errors.push(`${key}: ${list.length} entries is more than ${max}; ignored`);
    return [];
  }
  return list;
}

/** Reads `local:importedDescriptors`. Never throws. */
export function readStoredDescriptors(raw: unknown): StoredRead<DescriptorEntry> {
  const errors: string[] = [];
  const collector = new DescriptorCollector();
  listOf(raw, 'entries', MAX_DESCRIPTORS, errors).forEach((item, i) => {
    const code = isRecord(item) ? own(item, 'code') : undefined;
    const text = isRecord(item) ? own(item, 'text') : undefined;
    const got =
      typeof code === 'string' && typeof text === 'string'
        ? checkDescriptor(code, text)
        : { reason: 'not { code, text }' };
    if ('reason' in got || collector.add(got, i + 1)) errors.push(`entries[${i}]: invalid or conflicting; dropped`);
  });
  return { value: collector.entries(), errors: errors.slice(0, 20) };
}

/** Reads `local:orgNotes`. Never throws. */
export function readStoredOrgNotes(raw: unknown): StoredRead<OrgNote> {
  const errors: string[] = [];
  const notes: OrgNote[] = [];
  listOf(raw, 'notes', MAX_NOTES, errors).forEach((item, i) => {
    const r = isRecord(item) ? item : {};
    const from = own(r, 'from');
    const to = own(r, 'to');
    const codes = typeof from === 'string' && typeof to === 'string' ? `${from}-${to}` : undefined;
    const got = checkOrgNote({ payer: own(r, 'payer'), codes, text: own(r, 'text'), source: own(r, 'source') });
    if ('reason' in got) errors.push(`notes[${i}]: invalid; dropped`);
    else notes.push(got);
  });
  return { value: notes, errors: errors.slice(0, 20) };
}
