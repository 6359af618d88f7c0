/**
 * The release diff `build:data --from` prints: what the new CMS files change against the dataset they
 * replace — codes added and terminated, PTP edits added and deleted, MUE values changed, add-on primaries
 * changed — each as a count and the first examples.
 */
import type { DatasetArtifacts } from '../../lib/dataset/artifacts';
import { PtpIndex } from '../../lib/dataset/ptp-index';

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

/** Active edits of a PTP table on a date, as `column1>column2` strings. */
function ptpPairs(bytes: Uint8Array, on: string): Set<string> {
  const index = new PtpIndex(bytes, on);
  const out = new Set<string>();
  for (const c1 of index.codes) for (const e of index.column2Of(c1, on)) out.add(`${c1}>${e.column2}`);
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
    const oldPairs = ptpPairs(before.ptp, before.meta.tables.ptp.asOf);
    const newPairs = ptpPairs(after.ptp, after.meta.tables.ptp.asOf);
    out.push(
      line(
        'PTP edits added',
        [...newPairs].filter((p) => !oldPairs.has(p)),
      ),
    );
    out.push(
      line(
        'PTP edits deleted',
        [...oldPairs].filter((p) => !newPairs.has(p)),
      ),
    );
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
