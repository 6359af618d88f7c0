/** Validation of one organisation note, shared by the JSON, CSV and settings importers. */
import { shapeKey } from '../codes';
import { freeTextProblems } from '../editorial/provenance';
import { PAYER_ID_PATTERN } from '../settings/types';
import { checkCode, quote } from './descriptor-entry';
import { tidyText, unsafeTextReason } from './text-guard';

/**
 * A note an organisation keeps about a payer and a code or range of codes, shown beside the
 * bundled payer notes and labelled as the organisation's own.
 */
export interface OrgNote {
  /** Payer id (`aetna`, `medicare`, …). */
  payer: string;
  /** First code of the range (equal to `to` for a single code). */
  from: string;
  /** Last code of the range, inclusive. */
  to: string;
  text: string;
  /** Where the note comes from (a policy number, a URL), when given. */
  source?: string;
}

/** Longest note text accepted. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest source accepted. */
export const MAX_SOURCE_LENGTH = 500;
/** Most notes one import may hold. */
export const MAX_NOTES = 5000;

/** Raw fields of one note as read from a file (any of them may be missing or mistyped). */
export interface RawNote {
  payer: unknown;
  codes: unknown;
  text: unknown;
  source: unknown;
}

function checkRange(raw: string): { from: string; to: string } | { reason: string } {
  const parts = raw.split(/\s*[-–]\s*/);
  if (parts.length > 2) return { reason: `${quote(raw)} is not a code or a range like 64490-64495` };
  const from = checkCode(parts[0]);
  if ('reason' in from) return from;
  const to = parts.length === 2 ? checkCode(parts[1]) : from;
  if ('reason' in to) return to;
  if (shapeKey(from.code) !== shapeKey(to.code)) {
    return { reason: `Range ${from.code}-${to.code} mixes different kinds of code` };
  }
  if (from.code > to.code) return { reason: `Range ${from.code}-${to.code} runs backwards` };
  return { from: from.code, to: to.code };
}

/** Options for {@link checkOrgNote}. */
export interface OrgNoteCheckOptions {
  /**
   * ISO date of the import. When given, the note's text and source must pass the provenance rules of
   * docs/content.md (real dates no later than this day, https links to published hosts). Notes already
   * stored are re-read without it, so a rule added later never silently drops a note a user kept.
   */
  today?: string;
}

function provenanceReason(text: string, source: string | undefined, today: string): { reason: string } | undefined {
  const inText = freeTextProblems(text, today)[0];
  if (inText) return { reason: `Note text: ${inText}` };
  const inSource = source ? freeTextProblems(source, today)[0] : undefined;
  return inSource ? { reason: `Source: ${inSource}` } : undefined;
}

/** Normalises and checks one note; returns it or the reason it was rejected. */
export function checkOrgNote(raw: RawNote, opts: OrgNoteCheckOptions = {}): OrgNote | { reason: string } {
  if (typeof raw.payer !== 'string' || raw.payer.trim() === '') return { reason: 'Payer is missing' };
  const payer = raw.payer.trim().toLowerCase();
  if (payer.length > 40 || !PAYER_ID_PATTERN.test(payer)) {
    return {
      reason: `Payer ${quote(raw.payer)} is not a payer id (lower-case letters, digits and -, such as medicare or aetna)`,
    };
  }
  if (typeof raw.codes !== 'string' || raw.codes.trim() === '') return { reason: 'Code or range is missing' };
  if (raw.codes.length > 40) return { reason: 'Code or range is too long' };
  const range = checkRange(raw.codes.trim());
  if ('reason' in range) return range;
  if (typeof raw.text !== 'string') return { reason: 'Note text is missing' };
  const text = tidyText(raw.text);
  if (text === '') return { reason: 'Note text is empty' };
  if (text.length > MAX_NOTE_LENGTH) return { reason: `Note text is longer than ${MAX_NOTE_LENGTH} characters` };
  const unsafeText = unsafeTextReason(text, 'Note text');
  if (unsafeText) return { reason: unsafeText };
  const note: OrgNote = { payer, ...range, text };
  if (raw.source === undefined || raw.source === null || raw.source === '')
    return (opts.today && provenanceReason(text, undefined, opts.today)) || note;
  if (typeof raw.source !== 'string') return { reason: 'Source must be text' };
  const source = tidyText(raw.source);
  if (source.length > MAX_SOURCE_LENGTH) return { reason: `Source is longer than ${MAX_SOURCE_LENGTH} characters` };
  const unsafeSource = unsafeTextReason(source, 'Source');
  if (unsafeSource) return { reason: unsafeSource };
  const provenance = opts.today ? provenanceReason(text, source, opts.today) : undefined;
  if (provenance) return provenance;
  return source ? { ...note, source } : note;
}
