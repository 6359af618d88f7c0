/**
 * Organisation notes import: a JSON array of `{ payer, code | range, text, source? }` objects, or
 * a CSV with a header naming `payer`, `code` (or `range`), `text` (or `note`) and optionally
 * `source`. All or nothing: one bad note rejects the file, naming the line and reason.
 */
import { isoToday } from '../editorial/provenance';
import { isRecord, own } from '../settings/field-readers';
import { parseCsv } from '../csv/parse-csv';
import { decodeImport, MAX_IMPORT_BYTES } from './decode';
import { jsonErrorLine, topLevelItemLines } from './json-lines';
import { checkOrgNote, MAX_NOTES, type OrgNote, type RawNote } from './org-note-entry';
import { failure, fileFailure, type ImportError, type ImportInput, type ImportResult } from './types';

/** A validated organisation-notes import. */
export interface OrgNotesImport {
  notes: OrgNote[];
}

type Located = { line: number; raw: RawNote };

function fromJson(text: string): Located[] | ImportError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { line: jsonErrorLine(text, e), reason: 'File is not valid JSON' };
  }
  if (!Array.isArray(data)) return { line: 1, reason: 'Expected a JSON array of notes' };
  const lines = topLevelItemLines(text);
  return data.map((item, i) => {
    const line = lines[i] ?? 1;
    if (!isRecord(item))
      return { line, raw: { payer: undefined, codes: undefined, text: undefined, source: undefined } };
    const codes = own(item, 'code') ?? own(item, 'range');
    return { line, raw: { payer: own(item, 'payer'), codes, text: own(item, 'text'), source: own(item, 'source') } };
  });
}

const COLUMN_NAMES: Record<string, keyof RawNote> = {
  payer: 'payer',
  code: 'codes',
  codes: 'codes',
  range: 'codes',
  'code or range': 'codes',
  text: 'text',
  note: 'text',
  source: 'source',
};

function fromCsv(text: string): Located[] | ImportError {
  const csv = parseCsv(text);
  if (!csv.ok) return { line: csv.line, reason: csv.reason };
  const [header, ...rows] = csv.rows;
  if (!header) return { line: 1, reason: 'File has no rows' };
  const cols = new Map<keyof RawNote, number>();
  header.fields.forEach((name, i) => {
    const key = COLUMN_NAMES[name.trim().toLowerCase()];
    if (key && !cols.has(key)) cols.set(key, i);
  });
  const missing = (['payer', 'codes', 'text'] as const).filter((k) => !cols.has(k));
  if (missing.length) {
    return {
      line: header.line,
      reason: 'Header must name the columns payer, code (or range) and text; source is optional',
    };
  }
  const at = (fields: string[], k: keyof RawNote) => (cols.has(k) ? fields[cols.get(k)!] : undefined);
  return rows
    .filter((r) => r.fields.some((f) => f.trim() !== ''))
    .map((r) => ({
      line: r.line,
      raw: {
        payer: at(r.fields, 'payer'),
        codes: at(r.fields, 'codes'),
        text: at(r.fields, 'text'),
        source: at(r.fields, 'source'),
      },
    }));
}

/**
 * Validates an organisation-notes file (JSON or CSV, told apart by its first character). Never throws.
 * Dates and links in a note's text or source must pass the provenance rules (docs/content.md) as of `today`.
 */
export function parseOrgNotes(
  input: ImportInput,
  maxBytes = MAX_IMPORT_BYTES,
  today: string = isoToday(),
): ImportResult<OrgNotesImport> {
  const decoded = decodeImport(input, maxBytes);
  if (!decoded.ok) return decoded;
  const trimmed = decoded.text.trimStart();
  const located = trimmed.startsWith('[') || trimmed.startsWith('{') ? fromJson(decoded.text) : fromCsv(decoded.text);
  if (!Array.isArray(located)) return failure([located]);
  if (located.length === 0) return fileFailure('File has no notes');
  if (located.length > MAX_NOTES) return fileFailure(`File has ${located.length} notes; the limit is ${MAX_NOTES}`);
  const errors: ImportError[] = [];
  const notes: OrgNote[] = [];
  for (const { line, raw } of located) {
    const got = checkOrgNote(raw, { today });
    if ('reason' in got) errors.push({ line, reason: got.reason });
    else notes.push(got);
  }
  if (errors.length > 0) return failure(errors);
  return {
    ok: true,
    value: { notes },
    summary: `Added ${notes.length} organisation note${notes.length === 1 ? '' : 's'}`,
  };
}
