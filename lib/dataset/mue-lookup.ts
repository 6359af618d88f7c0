/**
 * The `mue` accessor over `mue.json`: each cell names the table its value came from, and the table its rationale
 * came from when that is another one (a newer table without rationales keeps an older one's where the value is
 * unchanged: scripts/build-data/assemble-mue.ts).
 */
import type { DatasetArtifacts, MueCell } from './artifacts';
import type { MueSetting, MueValue, SourceRef, TableId } from './types';

/** Builds the `mue` accessor of {@link Dataset} over the artifacts. */
export function mueLookup(a: DatasetArtifacts, source: (t: TableId) => SourceRef) {
  const toMue = (cell: MueCell | null | undefined): MueValue | undefined => {
    if (!cell) return undefined;
    const [units, mai, ri, table, rationaleTable] = cell;
    const src = source(table as TableId);
    return {
      units,
      mai,
      rationale: ri === null ? null : (a.mue.rationales[ri] ?? null),
      asOf: src.asOf,
      source: src,
      ...(rationaleTable ? { rationaleSource: source(rationaleTable as TableId) } : {}),
    };
  };
  return (code: string, setting: MueSetting): MueValue | undefined =>
    Object.hasOwn(a.mue.rows, code) ? toMue(a.mue.rows[code][setting === 'practitioner' ? 0 : 1]) : undefined;
}
