/**
 * The `gpci.json` and `localities.json` rows, keyed `MAC:LOCALITY` (e.g. `02102:01`), from the rows of
 * `GPCI####.csv` and `##LOCCO.csv` (./pfs-file.ts). Shared by the build and the in-extension update.
 */
import type { GpciFileRow, LocalityFileRow } from '../dataset/artifacts';
import type { GpciRow, LocalityRow } from './pfs-file';

/** GPCI rows by locality key. */
export function gpciRows(rows: readonly GpciRow[]): Map<string, GpciFileRow> {
  return new Map(rows.map((r) => [`${r.mac}:${r.locality}`, [r.state, r.name, r.work, r.pe, r.mp]]));
}

/** Locality rows by key; a locality CMS lists twice (two MACs share a state) keeps both county lists. */
export function localityRows(rows: readonly LocalityRow[]): Map<string, LocalityFileRow> {
  const byKey = new Map<string, LocalityFileRow>();
  for (const r of rows) {
    const key = `${r.mac}:${r.locality}`;
    const prior = byKey.get(key);
    if (prior) prior[2] = `${prior[2]}; ${r.counties}`;
    else byKey.set(key, [r.state, r.area, r.counties]);
  }
  return byKey;
}
