/**
 * The code index: every code any table knows, its system, status and which tables list it.
 */
import type { AocRow, HcpcsRow, MueRow } from './read-tables';
import type { PtpRow } from '../../lib/dataset/ptp-codec';
import type { TableId } from '../../lib/dataset/types';

interface Inputs {
  aoc: Map<string, AocRow>;
  ptp: PtpRow[];
  mueP: Map<string, MueRow>;
  mueP26: Map<string, unknown>;
  mueO: Map<string, MueRow>;
  pfsCodes: Set<string>;
  opps: Map<string, [string, number | null]>;
  hcpcs: Map<string, HcpcsRow>;
  /** Termination dates on or before this date make a code `terminated` (the newest table's as-of date). */
  statusAsOf: string;
}

/** CPT (including Category II/III, PLA and MAAA) codes start with a digit; HCPCS Level II codes with a letter. */
export const systemOf = (code: string) => (/^[0-9]/.test(code) ? 'CPT' : 'HCPCS');

export function assembleCodes(i: Inputs) {
  const tables = new Map<string, Set<TableId>>();
  const add = (code: string, t: TableId) => {
    if (!code) return;
    let s = tables.get(code);
    if (!s) {
      s = new Set();
      tables.set(code, s);
    }
    s.add(t);
  };
  for (const [code, row] of i.aoc) {
    add(code, 'aoc');
    for (const [p] of row.primaries) if (p !== 'CCCCC') add(p, 'aoc');
  }
  for (const r of i.ptp) {
    add(r.column1, 'ptp');
    add(r.column2, 'ptp');
  }
  for (const c of i.mueP.keys()) add(c, 'muePractitioner');
  for (const c of i.mueP26.keys()) add(c, 'muePractitioner2026');
  for (const c of i.mueO.keys()) add(c, 'mueOutpatientHospital');
  for (const c of i.pfsCodes) add(c, 'pfs');
  for (const c of i.opps.keys()) add(c, 'opps');
  for (const c of i.hcpcs.keys()) add(c, 'hcpcs');

  const rows = new Map<string, unknown[]>();
  for (const code of [...tables.keys()].sort()) {
    // Termination evidence, most specific first: the HCPCS file's end date, the add-on code's deletion date,
    // then OPPS status D ("discontinued code"), which carries no date.
    const ended = i.hcpcs.get(code)?.terminatedOn ?? i.aoc.get(code)?.deletedOn ?? null;
    const discontinued = i.opps.get(code)?.[0] === 'D';
    const terminated = (ended !== null && ended <= i.statusAsOf) || discontinued;
    rows.set(code, [systemOf(code), terminated ? 'terminated' : 'active', ended, [...tables.get(code)!].sort()]);
  }
  return { rows };
}
