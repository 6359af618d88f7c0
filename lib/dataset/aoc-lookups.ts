/**
 * Accessors over the add-on code table (`aoc.json`): an add-on's primaries on a date, and the add-ons of a
 * primary. A row's deletion date is its last day in effect (as for PTP, lib/dataset/ptp-index.ts); the primary
 * CCCCC means "contractor-defined" and is never listed as a code.
 */
import type { DatasetArtifacts } from './artifacts';
import { todayIso } from './dates';
import type { AddOnEdit, SourceRef, TableId } from './types';

/** An AOC row's edit is in effect on `on` (a row deleted on its effective date never was). */
const aocLive = (eff: string, del: string | null, on: string) =>
  eff <= on && (del === null || (on <= del && del !== eff));

/** Builds the `addOn` and `addOnsOf` accessors of {@link Dataset} over the artifacts. */
export function aocLookups(a: DatasetArtifacts, source: (t: TableId) => SourceRef) {
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
  return {
    addOn(code: string, on = todayIso()): AddOnEdit | undefined {
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
    addOnsOf: (primary: string, on = todayIso()) =>
      (addOnsByPrimary.get(primary) ?? []).filter((addOn) => primariesOn(addOn, on)?.includes(primary)).sort(),
  };
}
