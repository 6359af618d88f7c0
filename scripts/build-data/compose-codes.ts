/**
 * `codes.json` from the other artifacts (after a table was replaced by a newer CMS release): every code any
 * table lists, its system, status (terminated when an end date is on or before the newest table's as-of
 * date, or OPPS status D) and the tables listing it. Same rules as assemble-codes.ts, read from artifacts.
 */
import type { DatasetArtifacts } from '../../lib/dataset/artifacts';
import { decodePtp } from '../../lib/dataset/ptp-codec';
import type { TableId } from '../../lib/dataset/types';
import { systemOf } from './assemble-codes';
import { CODE_SHAPE } from '../../lib/codes/shapes';

type Parts = Omit<DatasetArtifacts, 'codes' | 'meta'>;

/** The codes table rows. */
export function composeCodes(a: Parts, statusAsOf: string): Map<string, unknown[]> {
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
