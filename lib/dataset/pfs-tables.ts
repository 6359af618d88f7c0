/**
 * Accessors over the PFS tables: a code's indicators (global days, bilateral, …), its RVUs and the conversion
 * factor (`pfs.json`), GPCIs (`gpci.json`) and the counties of each locality (`localities.json`). Data only: the
 * payment computation lives elsewhere.
 */
import type { DatasetArtifacts } from './artifacts';
import type { Locality, PfsIndicators, PfsRvus, SourceRef, TableId } from './types';

/** Builds the four PFS accessors of {@link Dataset} over the artifacts. */
export function pfsTables(a: DatasetArtifacts, source: (t: TableId) => SourceRef) {
  const locality = (key: string): Locality | undefined => {
    if (!Object.hasOwn(a.gpci.rows, key)) return undefined;
    const [state, name, work, pe, mp] = a.gpci.rows[key];
    const [mac, loc] = key.split(':');
    const counties = Object.hasOwn(a.localities.rows, key) ? a.localities.rows[key] : undefined;
    return {
      mac,
      locality: loc,
      state,
      name,
      area: counties?.[1] ?? null,
      counties: counties?.[2] ?? null,
      gpci: { work, pe, mp },
      source: source('gpci'),
      countiesSource: source('localities'),
    };
  };
  const keys = Object.keys(a.gpci.rows).sort();
  return {
    pfs(code: string): PfsIndicators | undefined {
      if (!Object.hasOwn(a.pfs.rows, code)) return undefined;
      const [
        status,
        globalDays,
        multipleProcedure,
        bilateral,
        assistant,
        coSurgeon,
        teamSurgeon,
        pctc,
        workRvu,
        nf,
        f,
      ] = a.pfs.rows[code];
      return {
        ...(nf === undefined ? {} : { nonFacilityNa: nf === 'NA' }),
        ...(f === undefined ? {} : { facilityNa: f === 'NA' }),
        status,
        globalDays,
        multipleProcedure,
        bilateral,
        assistant,
        coSurgeon,
        teamSurgeon,
        pctc,
        workRvu,
        source: source('pfs'),
      };
    },
    pfsRvus(code: string): PfsRvus | undefined {
      if (!Object.hasOwn(a.pfs.rows, code) || !a.pfs.conversionFactor) return undefined;
      const row = a.pfs.rows[code];
      if (row[11] === undefined) return undefined;
      return {
        work: row[8],
        nonFacilityPe: row[11] ?? 0,
        facilityPe: row[12] ?? 0,
        mp: row[13] ?? 0,
        nonFacilityNa: row[9] === 'NA',
        facilityNa: row[10] === 'NA',
        conversionFactor: a.pfs.conversionFactor,
        source: source('pfs'),
      };
    },
    locality: (mac: string, loc: string) => locality(`${mac}:${loc}`),
    localities: () => keys.map((k) => locality(k) as Locality),
  };
}
