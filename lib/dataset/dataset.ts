/**
 * The dataset: synchronous lookups over the artifacts in data/, each answer carrying its source.
 *
 * Pure: the caller loads the artifacts (Node reads files, the service worker bundles/fetches them).
 */
import type { DatasetArtifacts, HcpcsFileRow, MueCell } from './artifacts';
import { todayIso } from './dates';
import { pfsTables } from './pfs-tables';
import { PtpIndex } from './ptp-index';
import { SCHEMA_VERSION } from './schema-version';
import type { AddOnEdit, CodeInfo, Dataset, HcpcsText, MueSetting, MueValue, SourceRef, TableId } from './types';

/**
 * Builds a {@link Dataset} from loaded artifacts.
 * @throws Error when the artifacts were written by a different schema version (stale build or update skew).
 */
export function createDataset(a: DatasetArtifacts): Dataset {
  if (a.meta.schemaVersion !== SCHEMA_VERSION) {
    throw new Error(
      `Dataset schema ${a.meta.schemaVersion} does not match this build (${SCHEMA_VERSION}); rebuild with npm run build:data`,
    );
  }
  const ptp = new PtpIndex(a.ptp, a.meta.tables.ptp.asOf);
  const sourceCache = new Map<string, SourceRef>();
  const source = (table: TableId): SourceRef => {
    let s = sourceCache.get(table);
    if (!s) {
      const t = a.meta.tables[table];
      if (!t) throw new Error(`Dataset meta has no table ${table}`);
      s = {
        table,
        title: t.title,
        asOf: t.asOf,
        ...(t.importedOn ? { release: t.release, importedOn: t.importedOn } : {}),
      };
      sourceCache.set(table, s);
    }
    return s;
  };
  const allCodes = Object.keys(a.codes.rows).sort();
  /** An AOC row's edit is in effect on `on` (deletion date = last day in effect; see lib/dataset/ptp-index.ts). */
  const aocLive = (eff: string, del: string | null, on: string) =>
    eff <= on && (del === null || (on <= del && del !== eff));
  /** Primaries of the rows in effect on `on`; null when no row of the add-on is (CCCCC: contractor-defined). */
  const primariesOn = (code: string, on: string): string[] | null => {
    const live = a.aoc.rows[code][1].filter(([, eff, del]) => aocLive(eff, del, on));
    return live.length === 0 ? null : [...new Set(live.map(([p]) => p).filter((p) => p !== 'CCCCC'))];
  };
  const addOnsByPrimary = new Map<string, string[]>();
  for (const [addOn, [, primaries]] of Object.entries(a.aoc.rows)) {
    for (const [p] of primaries) {
      if (p === 'CCCCC') continue;
      const list = addOnsByPrimary.get(p);
      if (!list) addOnsByPrimary.set(p, [addOn]);
      else if (!list.includes(addOn)) list.push(addOn);
    }
  }
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

  return {
    meta: a.meta,
    has: (code) => Object.hasOwn(a.codes.rows, code),
    info(code): CodeInfo | undefined {
      if (!Object.hasOwn(a.codes.rows, code)) return undefined;
      const [system, status, terminatedOn, tables] = a.codes.rows[code];
      const h = Object.hasOwn(a.hcpcs.rows, code) ? a.hcpcs.rows[code] : undefined;
      return {
        code,
        system,
        status,
        tables: tables as TableId[],
        ...(terminatedOn ? { terminatedOn } : {}),
        ...(h?.[2] ? { addedOn: h[2] } : {}),
      };
    },
    allCodes: () => allCodes,
    addOn(code, on = todayIso()): AddOnEdit | undefined {
      if (!Object.hasOwn(a.aoc.rows, code)) return undefined;
      const primaries = primariesOn(code, on);
      if (!primaries) return undefined;
      const [editType, rows, notes, , deletedOn] = a.aoc.rows[code];
      return {
        addOn: code,
        editType,
        primaries: primaries.sort(),
        notes: [...notes],
        primaryEdits: rows
          .filter(([p]) => p !== 'CCCCC')
          .map(([primary, effective, deleted]) => ({ primary, effective, deleted })),
        deletedOn: deletedOn ?? null,
        source: source('aoc'),
      };
    },
    addOnsOf: (primary, on = todayIso()) =>
      (addOnsByPrimary.get(primary) ?? []).filter((addOn) => primariesOn(addOn, on)?.includes(primary)).sort(),
    mue: (code, setting: MueSetting) =>
      Object.hasOwn(a.mue.rows, code) ? toMue(a.mue.rows[code][setting === 'practitioner' ? 0 : 1]) : undefined,
    pfs(code) {
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
    opps(code) {
      if (!Object.hasOwn(a.opps.rows, code)) return undefined;
      const [statusIndicator, paymentRate] = a.opps.rows[code];
      const legend = Object.hasOwn(a.opps.legend, statusIndicator) ? a.opps.legend[statusIndicator] : undefined;
      return {
        statusIndicator,
        paymentRate,
        meaning: legend?.description ?? null,
        paid: legend?.paid ?? null,
        source: source('opps'),
      };
    },
    ...pfsTables(a, source),
    hcpcsText(code) {
      if (!Object.hasOwn(a.hcpcs.rows, code)) return undefined;
      return hcpcsTextOf(a.hcpcs.rows[code], source('hcpcs'));
    },
    modifier(mod) {
      if (!Object.hasOwn(a.modifiers.rows, mod)) return undefined;
      const [long, short, addedOn, terminatedOn, reworded] = a.modifiers.rows[mod];
      return {
        modifier: mod,
        long,
        short,
        addedOn,
        terminatedOn,
        reworded: reworded ?? [],
        source: source('hcpcsModifiers'),
      };
    },
    ptpPair(x, y, on = todayIso()) {
      const e = ptp.pair(x, y, on);
      return e && { ...e, source: source('ptp') };
    },
    ptpAmong: (codes, on = todayIso()) => ptp.among(codes, on).map((e) => ({ ...e, source: source('ptp') })),
    ptpColumn2Of: (code, on = todayIso()) => ptp.column2Of(code, on).map((e) => ({ ...e, source: source('ptp') })),
    ptpCounts: (code) => ptp.counts(code),
    ptpDatesKnown: !ptp.datesUnknown,
    source,
  };
}

/** The descriptor text of one `hcpcs.json` row (undefined when CMS gives none); shared with the popup's light loader. */
export function hcpcsTextOf(row: HcpcsFileRow, source: SourceRef): HcpcsText | undefined {
  const [long, short, , , reworded] = row;
  return long || short ? { long, short, reworded: reworded ?? [], source } : undefined;
}
