/**
 * `gpci.json` and `localities.json`: PFS GPCIs and the counties of each payment locality, keyed
 * `MAC:LOCALITY` (e.g. `02102:01`), from `GPCI####.csv` and `##LOCCO.csv` (lib/cms/pfs-file.ts).
 */
import { gpciRows, localityRows } from '../../lib/cms/locality-rows';
import type { GpciRow, LocalityRow } from '../../lib/cms/pfs-file';
import { tableToJson } from './write-json';

/** The GPCI artifact. */
export function gpciJson(rows: readonly GpciRow[]): string {
  return tableToJson({ table: 'gpci', columns: ['state', 'name', 'work', 'pe', 'mp'], rows: gpciRows(rows) });
}

/** The locality/county artifact. */
export function localitiesJson(rows: readonly LocalityRow[]): string {
  return tableToJson({ table: 'localities', columns: ['state', 'area', 'counties'], rows: localityRows(rows) });
}
