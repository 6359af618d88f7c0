/**
 * How old the bundled CMS tables are: the popup's as-of line and the options page's "About the data" table.
 * Pure (the caller passes today's date).
 */
import { formatSource } from '../lib/claim/format-source';
import type { DatasetMeta, TableMeta } from '../lib/dataset/types';

const DAY_MS = 86_400_000;

/** Whole days from an ISO date (`2026-04-01`, or a bare year `2026` read as 1 January) to `today`. */
export function ageInDays(asOf: string, today: Date): number | null {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(asOf);
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.max(0, Math.floor((now - start) / DAY_MS));
}

/** "12 days", "3 months", "1 year 2 months" — a reader's sense of age, from a day count. */
export function describeAge(days: number | null): string {
  if (days === null) return 'unknown age';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years} years${rest ? ` ${rest} month${rest === 1 ? '' : 's'}` : ''}`;
}

/** Every table of the dataset, newest first. */
export function tablesOf(meta: DatasetMeta): TableMeta[] {
  return Object.values(meta.tables)
    .filter((t): t is TableMeta => !!t)
    .sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : a.id < b.id ? -1 : 1));
}

/** The one-line as-of statement: the newest and oldest table dates. */
export function asOfLine(meta: DatasetMeta): string {
  const dates = tablesOf(meta)
    .map((t) => t.asOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  if (dates.length === 0) return `CMS data version ${meta.datasetVersion}`;
  const oldest = dates[0];
  const newest = dates[dates.length - 1];
  return oldest === newest
    ? `CMS data as of ${newest}`
    : `CMS data as of ${oldest} to ${newest} (each fact shows its own table and date)`;
}

/**
 * The tables the user imported that are in use, each with its release, as-of and import dates ("HCPCS Level II
 * quarterly file, CMS release HCPCS 2026 July, as of 2026-07-01, imported by you on 2026-12-03"); null when the
 * bundled tables are all in use.
 */
export function importedTablesLine(meta: DatasetMeta): string | null {
  const imported = tablesOf(meta).filter((t) => t.importedOn);
  if (imported.length === 0) return null;
  return imported
    .map((t) =>
      formatSource({ table: t.id, title: t.title, asOf: t.asOf, release: t.release, importedOn: t.importedOn }),
    )
    .join('; ');
}
