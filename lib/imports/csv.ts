/**
 * A small RFC 4180 CSV reader for user imports: quoted fields, doubled quotes, quoted line breaks,
 * CRLF / LF / CR line ends and a leading BOM. Unlike `scripts/build-data/csv.ts` (trusted CMS
 * files), it records the line each row starts on for error messages, rejects an unterminated
 * quote and caps field size, and it lives in `lib/` so the options page can use it.
 */

/** One parsed row and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** Parsed rows, or the first structural problem. */
export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; reason: string };

/** Longest single field accepted (a descriptor or note is far shorter). */
export const MAX_CSV_FIELD = 10_000;

/** Parses CSV text. Blank lines are skipped. Never throws. */
export function parseCsv(text: string, maxField = MAX_CSV_FIELD): CsvResult {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"') {
      if (field !== '') return { ok: false, line, reason: 'A quote appears in the middle of an unquoted field' };
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
    if (field.length > maxField) return { ok: false, line, reason: `A field is longer than ${maxField} characters` };
  }
  if (quoted) return { ok: false, line: quoteLine, reason: 'A quoted field is never closed' };
  if (field !== '' || fields.length > 0) endRow();
  return { ok: true, rows };
}
