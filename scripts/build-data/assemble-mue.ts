/**
 * MUE values per setting. Practitioner values from the 2024 Q3 table are overlaid by the 2026 Q2
 * MAI 3 rows; each cell records which table set it, so the UI can show the right as-of date.
 */
import type { MueRow } from './read-tables';

type Cell = [units: number, mai: number, rationaleIndex: number | null, table: string, rationaleTable: string | null];

export function assembleMue(
  p2024: Map<string, MueRow>,
  p2026: Map<string, { units: number; mai: 3 }>,
  o2024: Map<string, MueRow>,
) {
  const rationales = [
    ...new Set([...p2024.values(), ...o2024.values()].map((r) => r.rationale).filter((r): r is string => !!r)),
  ].sort();
  const ri = (r: string | null) => (r === null ? null : rationales.indexOf(r));
  const rows = new Map<string, [Cell | null, Cell | null]>();
  const codes = new Set([...p2024.keys(), ...p2026.keys(), ...o2024.keys()]);
  let overlaid = 0;
  for (const code of [...codes].sort()) {
    const old = p2024.get(code);
    const upd = p2026.get(code);
    let p: Cell | null = old ? [old.units, old.mai, ri(old.rationale), 'muePractitioner', null] : null;
    if (upd) {
      overlaid++;
      // The 2026 rows carry no rationale. The 2024 rationale still explains the value only when the value is unchanged.
      const keep = old && old.units === upd.units && old.mai === upd.mai ? ri(old.rationale) : null;
      p = [upd.units, upd.mai, keep, 'muePractitioner2026', keep === null ? null : 'muePractitioner'];
    }
    const o = o2024.get(code);
    rows.set(code, [p, o ? [o.units, o.mai, ri(o.rationale), 'mueOutpatientHospital', null] : null]);
  }
  return {
    rows: rows as Map<string, unknown[]>,
    rationales,
    counts: { practitioner: [...rows.values()].filter((r) => r[0]).length, outpatientHospital: o2024.size, overlaid },
  };
}
