/**
 * MUE cells after a newer CMS MUE table replaced one setting: the new table's values (with its rationale
 * text) take the whole setting, the other setting keeps its cells, and the shared rationale list is rebuilt.
 * `build:data --from` (scripts/build-data/from-release.ts) and the in-extension update
 * (lib/data-update/merge.ts) both use it, so a code's MUE reads the same either way.
 */
import type { MueCell } from './artifacts';
import type { TableId } from './types';

/** A replacement MUE table for one setting. */
export interface MueReplacement {
  setting: 'practitioner' | 'outpatientHospital';
  /** The table id cells from this table are marked with (their source line names it). */
  table: TableId;
  rows: Iterable<[code: string, row: { units: number; mai: 1 | 2 | 3; rationale: string | null }]>;
}

/** The `mue.json` parts: one row of two cells per code, and the rationale texts the cells index. */
export interface MueTableParts {
  rows: Map<string, (MueCell | null)[]>;
  rationales: string[];
}

/** Merges `replacements` over `base` (the `mue.json` rows and rationales); returns rows in code order. */
export function replaceMue(
  base: { rows: Record<string, readonly (MueCell | null)[]>; rationales: readonly string[] },
  replacements: readonly MueReplacement[],
): MueTableParts {
  const texts = new Map<string, { cells: (MueCell | null)[]; rationale: (string | null)[] }>();
  for (const [code, cells] of Object.entries(base.rows))
    texts.set(code, {
      cells: [...cells],
      rationale: cells.map((c) => (c && c[2] !== null ? base.rationales[c[2]] : null)),
    });
  for (const m of replacements) {
    const i = m.setting === 'practitioner' ? 0 : 1;
    for (const x of texts.values()) {
      x.cells[i] = null;
      x.rationale[i] = null;
    }
    for (const [code, r] of m.rows) {
      const x = texts.get(code) ?? { cells: [null, null], rationale: [null, null] };
      x.cells[i] = [r.units, r.mai, null, m.table, null];
      x.rationale[i] = r.rationale;
      texts.set(code, x);
    }
  }
  const rationales = [
    ...new Set([...texts.values()].flatMap((x) => x.rationale).filter((r): r is string => !!r)),
  ].sort();
  const index = new Map(rationales.map((r, i) => [r, i]));
  const rows = new Map<string, (MueCell | null)[]>();
  for (const code of [...texts.keys()].sort()) {
    const x = texts.get(code) as { cells: (MueCell | null)[]; rationale: (string | null)[] };
    if (!x.cells[0] && !x.cells[1]) continue;
    rows.set(
      code,
      x.cells.map((c, i): MueCell | null => {
        if (!c) return null;
        const r = x.rationale[i];
        return [c[0], c[1], r ? (index.get(r) as number) : null, c[3], r ? (c[4] ?? null) : null];
      }),
    );
  }
  return { rows, rationales };
}
