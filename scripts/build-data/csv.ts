/**
 * CSV reading for the CMS tables, over the project's one CSV reader (lib/csv/csv-reader.ts).
 * A structural problem in a CMS file stops the build with the line it is on, instead of a guess.
 */
import { parseCsv as parseCsvStrict } from '../../lib/csv/parse-csv';

/** Fields of every non-blank row. The CMS files are trusted, so no field-size cap applies. */
export function parseCsv(text: string): string[][] {
  const result = parseCsvStrict(text, Number.POSITIVE_INFINITY);
  if (!result.ok) throw new Error(`CSV line ${result.line}: ${result.reason}`);
  return result.rows.map((r) => r.fields);
}

/** Parses a CSV with a header row into records keyed by trimmed header names. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, (r[i] ?? '').trim()])));
}
