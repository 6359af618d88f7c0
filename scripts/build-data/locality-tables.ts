/**
 * `gpci.json` and `localities.json`: PFS GPCIs and the counties of each payment locality, keyed
 * `MAC:LOCALITY` (e.g. `02102:01`), from `GPCI####.csv` and `##LOCCO.csv` (lib/cms/pfs-file.ts).
 */
import type { GpciRow, LocalityRow } from '../../lib/cms/pfs-file';
import { tableToJson } from './write-json';

/** The GPCI artifact. */
export function gpciJson(rows: readonly GpciRow[]): string {
  return tableToJson({
    table: 'gpci',
    columns: ['state', 'name', 'work', 'pe', 'mp'],
    rows: new Map(rows.map((r) => [`${r.mac}:${r.locality}`, [r.state, r.name, r.work, r.pe, r.mp]])),
  });
}

/** The locality/county artifact; a locality CMS lists twice (two MACs share a state) keeps each row. */
export function localitiesJson(rows: readonly LocalityRow[]): string {
  const byKey = new Map<string, unknown[]>();
  for (const r of rows) {
    const key = `${r.mac}:${r.locality}`;
    const prior = byKey.get(key);
    if (prior) prior[2] = `${prior[2]}; ${r.counties}`;
    else byKey.set(key, [r.state, r.area, r.counties]);
  }
  return tableToJson({ table: 'localities', columns: ['state', 'area', 'counties'], rows: byKey });
}
