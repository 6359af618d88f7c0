/**
 * `codes.json` from the other artifacts (after a table was replaced by a newer CMS release): every code any
 * table lists, its system, status (terminated when an end date is on or before the newest table's as-of
 * date, or OPPS status D) and the tables listing it. Same rules as scripts/build-data/assemble-codes.ts,
 * read from artifacts.
 */
import { CODE_SHAPE } from '../codes/shapes';
import type { DatasetArtifacts } from './artifacts';
import { decodePtp } from './ptp-codec';
import type { TableId } from './types';

/** The artifacts the codes table is composed from. */
export type ComposeParts = Omit<DatasetArtifacts, 'codes' | 'meta'>;

/** CPT (including Category II/III, PLA and MAAA) codes start with a digit; HCPCS Level II codes with a letter. */
const systemOf = (code: string) => (/^[0-9]/.test(code) ? 'CPT' : 'HCPCS');

/**
 * The codes table rows, keyed by code in sorted order. Used by `build:data --from` and by the in-extension
 * update (lib/data-update/merge.ts), so both say the same about a code.
 */
export function composeCodes(a: ComposeParts, statusAsOf: string): Map<string, unknown[]> {
  const tables = new Map<string, Set<TableId>>();
  const add = (code: string, t: TableId) => {
    // Codes the page detector has no shape for (e.g. 0001A in a PTP release) stay in their table only.
    if (!code || code === 'CCCCC' || !CODE_SHAPE.test(code)) return;
    const s = tables.get(code) ?? new Set<TableId>();
    s.add(t);
    tables.set(code, s);
  };
  for (const [code, row] of Object.entries(a.aoc.rows)) {
    add(code, 'aoc');
    for (const [p] of row[1]) add(p, 'aoc');
  }
  for (const c of decodePtp(a.ptp).header.codes) add(c, 'ptp');
  for (const [code, [p, o]] of Object.entries(a.mue.rows)) {
    if (p) add(code, p[3] as TableId);
    if (p?.[4]) add(code, p[4] as TableId);
    if (o) add(code, 'mueOutpatientHospital');
  }
  for (const c of Object.keys(a.pfs.rows)) add(c, 'pfs');
  for (const c of Object.keys(a.opps.rows)) add(c, 'opps');
  for (const c of Object.keys(a.hcpcs.rows)) add(c, 'hcpcs');
  const rows = new Map<string, unknown[]>();
  for (const code of [...tables.keys()].sort()) {
    const ended = a.hcpcs.rows[code]?.[3] ?? a.aoc.rows[code]?.[4] ?? null;
    const discontinued = a.opps.rows[code]?.[0] === 'D';
    const terminated = (ended !== null && ended <= statusAsOf) || discontinued;
    rows.set(code, [systemOf(code), terminated ? 'terminated' : 'active', ended, [...(tables.get(code) ?? [])].sort()]);
  }
  return rows;
}
