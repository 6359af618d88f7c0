import { createHash } from 'node:crypto';
/**
 * Deterministic JSON writers: keys in sorted order, one record per line so that a new CMS release
 * shows up in `git diff` as the rows that changed.
 */

/** A table artifact: column names and a map of code → tuple. */
export interface TableArtifact {
  table: string;
  columns: readonly string[];
  rows: Map<string, unknown[]>;
  extra?: Record<string, unknown>;
}

export function tableToJson({ table, columns, rows, extra }: TableArtifact): string {
  const head = [`"table":${JSON.stringify(table)}`, `"columns":${JSON.stringify(columns)}`];
  for (const [k, v] of Object.entries(extra ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    head.push(`${JSON.stringify(k)}:${stableStringify(v)}`);
  const body = [...rows.keys()].sort().map((code) => `${JSON.stringify(code)}:${JSON.stringify(rows.get(code))}`);
  return `{${head.join(',\n')},\n"rows":{\n${body.join(',\n')}\n}}\n`;
}

/** JSON.stringify with object keys sorted at every level. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Short hash of every artifact, so any data change gives a new dataset version (used to detect skew after updates). */
export function contentHash(files: Record<string, string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const name of Object.keys(files).sort()) h.update(name).update(files[name]);
  return h.digest('hex').slice(0, 10);
}
