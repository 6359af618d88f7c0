/**
 * Whole-text CSV for files that are accepted or rejected as a whole (imports, the CMS tables): every
 * record, or the first problem with its line. Same rules as the streaming {@link CsvReader}.
 */
import { CsvReader, type CsvReaderOptions, MAX_CSV_FIELD } from './csv-reader';

/** One parsed row and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** Parsed rows, or the first structural problem. */
export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; reason: string };

/** Parses CSV text (comma-delimited unless `options` say otherwise). Never throws. */
export function parseCsv(text: string, maxField = MAX_CSV_FIELD, options: CsvReaderOptions = {}): CsvResult {
  const reader = new CsvReader({ maxField, ...options });
  const rows: CsvRow[] = [];
  for (const records of [reader.push(text), reader.end()]) {
    for (const r of records) {
      if (r.problem) return { ok: false, line: r.problem.line, reason: r.problem.reason };
      rows.push({ line: r.line, fields: r.fields });
    }
  }
  return { ok: true, rows };
}
