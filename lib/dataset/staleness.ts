/**
 * Staleness notices: a table whose as-of date is more than one calendar quarter before the date of service
 * (or today) may miss edits, codes and values CMS published since. The notice says so in plain words,
 * wherever the table is used (claim check, lookup, popover, popup).
 */
import { quartersBetween } from './dates';
import type { DatasetMeta, TableId } from './types';

/** One stale table, as `check --json` and `lookup --json` report it. */
export interface StaleNotice {
  kind: 'stale-table';
  table: TableId;
  asOf: string;
  /** The date the facts are needed for: the claim's date of service, or today. */
  dateOfService: string;
  quartersBehind: number;
  /** Plain words for a biller, e.g. "NCCI PTP edits are from 2024-07-01, 9 quarters before this date of service: …". */
  message: string;
}

/** The PTP release kept no effective dates, so a date-of-service check cannot tell an edit's start. */
export interface DatesUnknownNotice {
  kind: 'dates-unknown';
  table: TableId;
  asOf: string;
  message: string;
}

/** Any notice about the data behind an answer. */
export type DataNotice = StaleNotice | DatesUnknownNotice;

/** What a biller misses from each table when it is old, in words. */
const MISSING: Partial<Record<TableId, [name: string, missing: string]>> = {
  ptp: ['NCCI PTP edits', 'edits added or deleted since are not known'],
  ptpOutpatientHospital: ['NCCI PTP edits (outpatient hospital)', 'edits added or deleted since are not known'],
  aoc: ['NCCI add-on code edits', 'add-on edits changed since are not known'],
  muePractitioner: ['MUE values (practitioner)', 'MUE values changed since are not known'],
  muePractitioner2026: ['MUE values (practitioner, MAI 3 rows)', 'MUE values changed since are not known'],
  mueOutpatientHospital: ['MUE values (outpatient hospital)', 'MUE values changed since are not known'],
  pfs: ['Physician Fee Schedule indicators', 'indicators and RVUs changed since are not known'],
  opps: ['OPPS Addendum B', 'status indicators and rates changed since are not known'],
  hcpcs: ['HCPCS Level II codes', 'codes added or terminated since are not known'],
  hcpcsModifiers: ['HCPCS Level II modifiers', 'modifiers added or ended since are not known'],
};

/** A table is stale when its as-of quarter is more than this many quarters before the date's quarter. */
export const STALE_AFTER_QUARTERS = 1;

// A claim export asks the same question for every claim of a date (2 million times in a 100 MB file):
// answers are kept per dataset, and shared (frozen) between the claims asking.
const MEMO = new WeakMap<DatasetMeta, Map<string, readonly StaleNotice[]>>();
const MAX_MEMO = 10_000;

/**
 * Notices for `tables` on `dateOfService` (ISO). `isToday` picks the wording ("before today").
 * Tables without a full ISO as-of date, or not in `meta`, give no notice. The list is shared and frozen.
 */
export function staleNotices(
  meta: DatasetMeta,
  tables: readonly TableId[],
  dateOfService: string,
  isToday = false,
): readonly StaleNotice[] {
  let memo = MEMO.get(meta);
  if (!memo) {
    memo = new Map();
    MEMO.set(meta, memo);
  }
  const key = `${tables.join(',')}|${dateOfService}|${isToday}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = computeNotices(meta, tables, dateOfService, isToday);
  if (memo.size < MAX_MEMO) memo.set(key, out);
  return out;
}

function computeNotices(
  meta: DatasetMeta,
  tables: readonly TableId[],
  dateOfService: string,
  isToday: boolean,
): readonly StaleNotice[] {
  const out: StaleNotice[] = [];
  for (const id of new Set(tables)) {
    const t = meta.tables[id];
    if (!t || !/^\d{4}-\d{2}-\d{2}$/.test(t.asOf)) continue;
    const quartersBehind = quartersBetween(t.asOf, dateOfService);
    if (quartersBehind <= STALE_AFTER_QUARTERS) continue;
    const [name, missing] = MISSING[id] ?? [t.title, 'changes since are not known'];
    const when = isToday ? 'today' : 'this date of service';
    out.push({
      kind: 'stale-table',
      table: id,
      asOf: t.asOf,
      dateOfService,
      quartersBehind,
      message: `${name} are from ${t.asOf}, ${quartersBehind} quarters before ${when}: ${missing}.`,
    });
  }
  for (const n of out) Object.freeze(n);
  return Object.freeze(out);
}

/** The "effective dates unknown in this release" notice for a PTP table without dates. */
export function ptpDatesUnknownNotice(meta: DatasetMeta): DatesUnknownNotice {
  const t = meta.tables.ptp;
  return {
    kind: 'dates-unknown',
    table: 'ptp',
    asOf: t.asOf,
    message: `NCCI PTP edits (${t.release}): effective dates unknown in this release, so every edit active on ${t.asOf} is applied on any date of service.`,
  };
}
