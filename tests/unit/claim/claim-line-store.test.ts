import { describe, expect, it } from 'vitest';
import { ClaimLineStore } from '../../../lib/claim/csv/claim-line-store';
import { GroupTable } from '../../../lib/claim/csv/group-table';

describe('GroupTable', () => {
  it('numbers claim id + date pairs in order of first appearance, through many table growths', () => {
    const t = new GroupTable();
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(t.id(`C${i}`, i % 2 ? '2026-01-05' : '2026-01-06')).toBe(i);
    for (let i = n - 1; i >= 0; i -= 7) expect(t.id(`C${i}`, i % 2 ? '2026-01-05' : '2026-01-06')).toBe(i);
    expect(t.id('C1', '2026-01-06')).toBe(n);
    expect(t.size).toBe(n + 1);
    expect([t.claimId(n), t.dateOfService(n)]).toEqual(['C1', '2026-01-06']);
  });
});

describe('ClaimLineStore', () => {
  it('hands out each group with its lines in file order, groups in order of first appearance', () => {
    const s = new ClaimLineStore();
    s.add('B', '2026-01-02', { code: '64633', modifiers: ['RT', 'XS'], units: 1 }, 2);
    s.add('A', '2026-01-02', { code: '64634', modifiers: [], units: 3 }, 3);
    s.add('B', '2026-01-02', { code: '64490', modifiers: ['RT', 'XS'], units: 2 }, 4);
    s.add('B', '2026-01-03', { code: '64633', modifiers: [], units: 1 }, 5);
    const groups = [...s.groups()];
    expect(groups).toEqual([
      {
        claimId: 'B',
        dateOfService: '2026-01-02',
        lines: [
          { code: '64633', modifiers: ['RT', 'XS'], units: 1 },
          { code: '64490', modifiers: ['RT', 'XS'], units: 2 },
        ],
        rows: [2, 4],
      },
      { claimId: 'A', dateOfService: '2026-01-02', lines: [{ code: '64634', modifiers: [], units: 3 }], rows: [3] },
      { claimId: 'B', dateOfService: '2026-01-03', lines: [{ code: '64633', modifiers: [], units: 1 }], rows: [5] },
    ]);
    // Lines never share a modifier array, so a rule that changed one could not change another.
    expect(groups[0].lines[0].modifiers).not.toBe(groups[0].lines[1].modifiers);
    expect([s.lineCount, s.groupCount]).toEqual([4, 3]);
  });
});
