import { describe, expect, it } from 'vitest';
import { decodePtp, encodePtp, type PtpRow } from '../../../lib/dataset/ptp-codec';
import { PtpIndex } from '../../../lib/dataset/ptp-index';
import { seededRandom } from '../../helpers/shared-cms';

function randomRows(n: number, seed: number): PtpRow[] {
  const rnd = seededRandom(seed);
  const codes = Array.from({ length: 300 }, (_, i) => String(10000 + i * 37));
  const seen = new Set<string>();
  const rows: PtpRow[] = [];
  while (rows.length < n) {
    const column1 = codes[Math.floor(rnd() * codes.length)];
    const column2 = codes[Math.floor(rnd() * codes.length)];
    if (column1 === column2 || seen.has(`${column1}|${column2}`)) continue;
    seen.add(`${column1}|${column2}`);
    rows.push({
      column1,
      column2,
      modifierIndicator: ([0, 1, 9] as const)[Math.floor(rnd() * 3)],
      rationale: `reason ${Math.floor(rnd() * 5)}`,
    });
  }
  return rows;
}

const ON = '2026-12-01';

describe('PTP binary encoding', () => {
  it('round-trips every edit with its indicator and rationale', () => {
    const rows = randomRows(5000, 1);
    const index = new PtpIndex(encodePtp(rows), ON);
    expect(index.size).toBe(rows.length);
    for (const r of rows) {
      expect(index.directed(r.column1, r.column2, ON)).toEqual({ ...r, effective: null, deleted: null });
    }
  });

  it('answers pairs in either order and finds no edit where none exists', () => {
    const rows = randomRows(2000, 2);
    const index = new PtpIndex(encodePtp(rows), ON);
    const set = new Set(rows.map((r) => `${r.column1}|${r.column2}`));
    const codes = [...new Set(rows.flatMap((r) => [r.column1, r.column2]))];
    let checked = 0;
    for (let i = 0; i < codes.length; i += 7) {
      for (let j = 0; j < codes.length; j += 11) {
        const [a, b] = [codes[i], codes[j]];
        const expected = set.has(`${a}|${b}`) || set.has(`${b}|${a}`);
        expect(!!index.pair(a, b, ON)).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(index.pair('99999', '00000', ON)).toBeUndefined();
  });

  it('counts column-1 and column-2 appearances', () => {
    const rows = randomRows(1000, 3);
    const index = new PtpIndex(encodePtp(rows), ON);
    const code = rows[0].column1;
    expect(index.counts(code)).toEqual({
      column1Count: rows.filter((r) => r.column1 === code).length,
      column2Count: rows.filter((r) => r.column2 === code).length,
    });
    expect(
      index
        .column2Of(code, ON)
        .map((e) => e.column2)
        .sort(),
    ).toEqual(
      rows
        .filter((r) => r.column1 === code)
        .map((r) => r.column2)
        .sort(),
    );
  });

  it('lists every edit among a set of codes once per direction that exists', () => {
    const rows: PtpRow[] = [
      { column1: '64633', column2: '64490', modifierIndicator: 1, rationale: 'x' },
      { column1: '64633', column2: '0213T', modifierIndicator: 0, rationale: 'y' },
      { column1: '20552', column2: '64633', modifierIndicator: 1, rationale: 'z' },
    ];
    const index = new PtpIndex(encodePtp(rows), ON);
    expect(
      index
        .among(['64490', '64633', '64633', '0213T'], ON)
        .map((e) => `${e.column1}>${e.column2}`)
        .sort(),
    ).toEqual(['64633>0213T', '64633>64490']);
  });

  it('keeps each edit dates: an edit counts only on the dates it was in effect', () => {
    // The rows of the ccipra-v322r0-f1 format sample (../shared/data/cms-raw), as the reader gives them.
    const rows: PtpRow[] = [
      {
        column1: '0001U',
        column2: '0028U',
        modifierIndicator: 1,
        rationale: 'm',
        effective: '2018-07-01',
        deleted: '2018-09-30',
      },
      { column1: '0001U', column2: '0030U', modifierIndicator: 1, rationale: 'm', effective: '2018-07-01' },
      { column1: '0001U', column2: '0417U', modifierIndicator: 1, rationale: 'm', effective: '2025-01-01' },
      {
        column1: '0001A',
        column2: '90473',
        modifierIndicator: 9,
        rationale: 'c',
        effective: '2022-01-01',
        deleted: '2022-01-01',
      },
      // Deleted, then added again later: two rows for one pair.
      {
        column1: '0001U',
        column2: '80500',
        modifierIndicator: 0,
        rationale: 'm',
        effective: '2018-01-01',
        deleted: '2021-12-31',
      },
      { column1: '0001U', column2: '80500', modifierIndicator: 1, rationale: 'm', effective: '2024-01-01' },
    ];
    const index = new PtpIndex(encodePtp(rows), '2026-07-01');
    expect(index.pair('0001U', '0028U', '2018-09-30')).toMatchObject({
      effective: '2018-07-01',
      deleted: '2018-09-30',
    });
    expect(index.pair('0001U', '0028U', '2018-10-01')).toBeUndefined();
    expect(index.pair('0417U', '0001U', '2024-12-31')).toBeUndefined();
    expect(index.pair('0417U', '0001U', '2025-01-01')).toMatchObject({ column1: '0001U', deleted: null });
    expect(index.pair('0001A', '90473', '2022-01-01')).toBeUndefined();
    expect(index.pair('0001U', '80500', '2020-06-01')?.modifierIndicator).toBe(0);
    expect(index.pair('0001U', '80500', '2023-06-01')).toBeUndefined();
    expect(index.pair('0001U', '80500', '2026-06-01')?.modifierIndicator).toBe(1);
    expect(index.counts('0001U')).toEqual({ column1Count: 3, column2Count: 0 });
    expect(index.datesUnknown).toBe(false);
    expect(new PtpIndex(encodePtp(randomRows(20, 6)), ON).datesUnknown).toBe(true);
  });

  it('is deterministic regardless of row order', () => {
    const rows = randomRows(500, 4);
    expect(encodePtp(rows)).toEqual(encodePtp([...rows].reverse()));
  });

  it('rejects bytes that are not a PTP table, or are truncated', () => {
    expect(() => decodePtp(new Uint8Array([1, 2, 3]))).toThrow(/bad magic/);
    const good = encodePtp(randomRows(10, 5));
    expect(() => decodePtp(good.subarray(0, good.length - 1))).toThrow(/truncated/);
  });
});
