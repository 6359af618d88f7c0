/**
 * The release diff `build:data --from` prints: what the new CMS files change against the dataset they
 * replace — codes added and terminated, PTP edits added and deleted, MUE values changed, add-on primaries
 * changed — each as a count and the first examples.
 */
import type { DatasetArtifacts } from '../../lib/dataset/artifacts';
import { decodePtp } from '../../lib/dataset/ptp-codec';

/** One line of the diff. */
export interface DiffLine {
  what: string;
  count: number;
  examples: string[];
}

const EXAMPLES = 5;
const line = (what: string, items: string[]): DiffLine => ({
  what,
  count: items.length,
  examples: items.slice(0, EXAMPLES),
});

/**
 * Edits of a PTP table in effect on a date, as numbers `gid(column1) * 65536 + gid(column2)` over a code-id map
 * shared by both tables (millions of edits: no object or string per edit).
 */
function ptpPairs(bytes: Uint8Array, on: string, gids: Map<string, number>): Set<number> {
  const t = decodePtp(bytes);
  const h = t.header;
  const gid = h.codes.map((c) => {
    let g = gids.get(c);
    if (g === undefined) {
      g = gids.size;
      gids.set(c, g);
    }
    return g;
  });
  const live: boolean[] = [];
  for (let a = 0; a < h.attrs.length; a += 4) {
    const eff = h.dates[h.attrs[a + 2]];
    const del = h.dates[h.attrs[a + 3]];
    live.push((eff === '' || eff <= on) && (del === '' || (on <= del && del !== eff)));
  }
  const out = new Set<number>();
  for (let g = 0; g < h.codes.length; g++)
    for (let i = t.offsets[g]; i < t.offsets[g + 1]; i++)
      if (live[t.attr[i]]) out.add(gid[g] * 65536 + gid[t.column2[i]]);
  return out;
}

/** Active primaries per add-on code on a date. */
function aocPrimaries(a: DatasetArtifacts, on: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, [, rows]] of Object.entries(a.aoc.rows)) {
    const live = rows
      .filter(([p, eff, del]) => p !== 'CCCCC' && eff <= on && (del === null || (on <= del && del !== eff)))
      .map(([p]) => p);
    out.set(code, [...new Set(live)].sort().join(' '));
  }
  return out;
}

/** Compares the dataset before and after; `tables` says which tables were replaced. */
export function releaseDiff(
  before: DatasetArtifacts,
  after: DatasetArtifacts,
  replaced: ReadonlySet<string>,
): DiffLine[] {
  const out: DiffLine[] = [];
  const oldCodes = before.codes.rows;
  const newCodes = after.codes.rows;
  out.push(
    line(
      'codes added',
      Object.keys(newCodes).filter((c) => !Object.hasOwn(oldCodes, c)),
    ),
  );
  out.push(
    line(
      'codes terminated',
      Object.keys(newCodes).filter((c) => newCodes[c][1] === 'terminated' && oldCodes[c]?.[1] !== 'terminated'),
    ),
  );
  if (replaced.has('ptp')) {
    const gids = new Map<string, number>();
    const oldPairs = ptpPairs(before.ptp, before.meta.tables.ptp.asOf, gids);
    const newPairs = ptpPairs(after.ptp, after.meta.tables.ptp.asOf, gids);
    const names = [...gids.keys()];
    const named = (keys: number[]) => keys.map((k) => `${names[Math.floor(k / 65536)]}>${names[k % 65536]}`);
    const added: number[] = [];
    for (const k of newPairs) if (!oldPairs.has(k)) added.push(k);
    const deleted: number[] = [];
    for (const k of oldPairs) if (!newPairs.has(k)) deleted.push(k);
    out.push({ what: 'PTP edits added', count: added.length, examples: named(added.slice(0, EXAMPLES)) });
    out.push({ what: 'PTP edits deleted', count: deleted.length, examples: named(deleted.slice(0, EXAMPLES)) });
  }
  if (replaced.has('mue')) {
    const changed: string[] = [];
    for (const [code, cells] of Object.entries(after.mue.rows)) {
      const old = before.mue.rows[code];
      cells.forEach((cell, i) => {
        const prior = old?.[i];
        if (cell && prior && (cell[0] !== prior[0] || cell[1] !== prior[1]))
          changed.push(`${code} ${i === 0 ? 'practitioner' : 'outpatient'} ${prior[0]}→${cell[0]}`);
      });
    }
    out.push(line('MUE values changed', changed));
  }
  if (replaced.has('aoc')) {
    const was = aocPrimaries(before, before.meta.tables.aoc.asOf);
    const now = aocPrimaries(after, after.meta.tables.aoc.asOf);
    const codes = new Set([...was.keys(), ...now.keys()]);
    out.push(line('AOC primaries changed', [...codes].filter((c) => (was.get(c) ?? '') !== (now.get(c) ?? '')).sort()));
  }
  return out;
}

/** The diff as terminal text. */
export function formatDiff(lines: readonly DiffLine[]): string {
  return [
    'Release diff:',
    ...lines.map((l) => `  ${l.what}: ${l.count}${l.count ? ` (e.g. ${l.examples.join(', ')})` : ''}`),
  ].join('\n');
}
