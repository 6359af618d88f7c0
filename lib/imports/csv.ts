/**
 * A small RFC 4180 CSV reader for user imports: quoted fields, doubled quotes, quoted line breaks,
 * CRLF / LF / CR line ends and a leading BOM. The build script reads the CMS tables with it too;
 * it records the line each row starts on for error messages, rejects an unterminated
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

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Parses CSV text. Blank lines are skipped. Never throws. Fields are sliced, not built char by char. */
export function parseCsv(text: string, maxField = MAX_CSV_FIELD): CsvResult {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let rowLine = 1;
  const tooLong = (at: number): CsvResult => ({
    ok: false,
    line: at,
    reason: `A field is longer than ${maxField} characters`,
  });
  for (;;) {
    // One field starts at i.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const openLine = line;
      const parts: string[] = [];
      let from = i + 1;
      let length = 0;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return { ok: false, line: openLine, reason: 'A quoted field is never closed' };
        const chunk = text.slice(from, q);
        for (let k = 0; k < chunk.length; k++) {
          const c = chunk.charCodeAt(k);
          if (c === LF || (c === CR && chunk.charCodeAt(k + 1) !== LF)) line++;
        }
        parts.push(chunk);
        length += chunk.length;
        if (length > maxField) return tooLong(line);
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts.push('"');
          length++;
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = parts.join('');
      const c = text.charCodeAt(i);
      if (i < n && c !== COMMA && c !== LF && c !== CR)
        return { ok: false, line, reason: 'Text follows a closing quote in the same field' };
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) return { ok: false, line, reason: 'A quote appears in the middle of an unquoted field' };
      }
      if (j - i > maxField) return tooLong(line);
      field = text.slice(i, j);
      i = j;
    }
    fields.push(field);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    // End of row (line break or end of text).
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    if (i >= n) break;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rowLine = line;
    if (i >= n) break;
  }
  return { ok: true, rows };
}
