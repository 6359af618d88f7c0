/**
 * The dataset: synchronous lookups over the artifacts in data/, each answer carrying its source.
 *
 * Pure: the caller loads the artifacts (Node reads files, the service worker bundles/fetches them). Each table's
 * accessors are built in their own file (aoc-lookups.ts, mue-lookup.ts, pfs-tables.ts, ptp-index.ts); sources
 * are source-refs.ts.
 */
import { aocLookups } from './aoc-lookups';
import type { DatasetArtifacts, HcpcsFileRow } from './artifacts';
import { mueLookup } from './mue-lookup';
import { pfsTables } from './pfs-tables';
import { settingPtp } from './ptp-lookups';
import { SCHEMA_VERSION } from './schema-version';
import { sourceRefs } from './source-refs';
import type { CodeInfo, Dataset, HcpcsText, SourceRef, TableId } from './types';

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
  const source = sourceRefs(a.meta);
  const ptpFor = settingPtp(a, source);
  const ptp = ptpFor('practitioner') as NonNullable<ReturnType<typeof ptpFor>>;
  const allCodes = Object.keys(a.codes.rows).sort();

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
    ...aocLookups(a, source),
    mue: mueLookup(a, source),
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
    ptpPair: ptp.pair,
    ptpAmong: ptp.among,
    ptpColumn2Of: ptp.column2Of,
    ptpCounts: ptp.counts,
    ptpDatesKnown: ptp.datesKnown,
    ptpFor,
    source,
  };
}

/** The descriptor text of one `hcpcs.json` row (undefined when CMS gives none); shared with the popup's light loader. */
export function hcpcsTextOf(row: HcpcsFileRow, source: SourceRef): HcpcsText | undefined {
  const [long, short, , , reworded] = row;
  return long || short ? { long, short, reworded: reworded ?? [], source } : undefined;
}
