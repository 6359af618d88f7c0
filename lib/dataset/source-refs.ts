/**
 * The {@link SourceRef} of each table, named on every fact the dataset answers (ground rule: every fact names its
 * source table and as-of date). One object per table, built on first use and shared by every answer.
 */
import type { DatasetMeta, SourceRef, TableId } from './types';

/**
 * The source lookup over `meta`: the table's title and as-of date, plus its release and import date when the user
 * imported it (lib/data-update/).
 * @throws Error when `meta` has no such table.
 */
export function sourceRefs(meta: DatasetMeta): (table: TableId) => SourceRef {
  const cache = new Map<string, SourceRef>();
  return (table) => {
    let s = cache.get(table);
    if (!s) {
      const t = meta.tables[table];
      if (!t) throw new Error(`Dataset meta has no table ${table}`);
      s = {
        table,
        title: t.title,
        asOf: t.asOf,
        ...(t.importedOn ? { release: t.release, importedOn: t.importedOn } : {}),
      };
      cache.set(table, s);
    }
    return s;
  };
}
