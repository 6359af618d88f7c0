/**
 * createDataset's own rules over edited copies of the committed artifacts: which add-on rows are in effect on a
 * date (the deletion date is the last day in effect; a row deleted on its effective date never was), the
 * contractor-defined primary CCCCC, MUE rationale sources, sources of imported tables, and unknown tables.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetArtifacts } from '../../../lib/dataset/artifacts';
import { createDataset } from '../../../lib/dataset/dataset';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const base = fixtureArtifacts();

/** The artifacts with the AOC and MUE rows replaced (everything else shared with the committed ones). */
function withRows(aoc: DatasetArtifacts['aoc']['rows'], mue: DatasetArtifacts['mue']['rows'] = {}): DatasetArtifacts {
  return {
    ...base,
    aoc: { ...base.aoc, rows: aoc },
    mue: { ...base.mue, rows: mue, rationales: ['Rationale zero', 'Rationale one'] },
  };
}

describe('createDataset', () => {
  const ds = createDataset(
    withRows({
      '99991': [
        1,
        [
          ['99980', '2020-01-01', '2024-12-31'],
          ['99981', '2025-01-01', null],
          ['99982', '2025-06-01', '2025-06-01'],
          ['CCCCC', '2020-01-01', null],
        ],
        ['A note'],
        '2020-01-01',
        null,
      ],
      '99992': [3, [['CCCCC', '2020-01-01', null]], [], '2020-01-01', '2030-01-01'],
    }),
  );

  it('takes the deletion date as the last day in effect and never counts a row deleted on its effective date', () => {
    expect(ds.addOn('99991', '2024-12-31')?.primaries).toEqual(['99980']);
    expect(ds.addOn('99991', '2025-01-01')?.primaries).toEqual(['99981']);
    expect(ds.addOn('99991', '2025-06-01')?.primaries).toEqual(['99981']);
    expect(ds.addOn('99991', '2019-12-31')).toBeUndefined();
    expect(ds.addOnsOf('99980', '2024-06-01')).toEqual(['99991']);
    expect(ds.addOnsOf('99980', '2025-06-01')).toEqual([]);
    expect(ds.addOnsOf('99982', '2025-06-01')).toEqual([]);
  });

  it('keeps contractor-defined primaries (CCCCC) out of the lists while the add-on stays in effect', () => {
    const e = ds.addOn('99992', '2026-01-01');
    expect(e).toMatchObject({ editType: 3, primaries: [], primaryEdits: [], deletedOn: '2030-01-01' });
    expect(e?.source).toMatchObject({ table: 'aoc' });
    expect(ds.addOn('99991', '2026-01-01')?.primaryEdits.map((p) => p.primary)).toEqual(['99980', '99981', '99982']);
    expect(ds.addOnsOf('CCCCC', '2026-01-01')).toEqual([]);
  });

  it('gives an MUE its rationale and, when another table supplied it, that table as the rationale source', () => {
    const table = Object.keys(base.meta.tables).find((t) => t.startsWith('mue'))!;
    const other = Object.keys(base.meta.tables).find((t) => t.startsWith('mue') && t !== table) ?? table;
    const m = createDataset(
      withRows(
        {},
        {
          '99993': [
            [4, 3, 1, table, other],
            [2, 1, null, table, null],
          ],
        },
      ),
    );
    expect(m.mue('99993', 'practitioner')).toEqual({
      units: 4,
      mai: 3,
      rationale: 'Rationale one',
      asOf: base.meta.tables[table as 'muePractitioner'].asOf,
      source: m.source(table as never),
      rationaleSource: m.source(other as never),
    });
    expect(m.mue('99993', 'outpatientHospital')).not.toHaveProperty('rationaleSource');
    expect(m.mue('99993', 'outpatientHospital')?.rationale).toBeNull();
    expect(m.mue('99994', 'practitioner')).toBeUndefined();
  });

  it('names an imported table’s release and import date in its source, and refuses a table meta lacks', () => {
    const meta = structuredClone(base.meta);
    meta.tables.aoc = { ...meta.tables.aoc, release: 'AOC_V2099Q1', importedOn: '2099-01-02' };
    const d = createDataset({ ...base, meta });
    expect(d.source('aoc')).toEqual({
      table: 'aoc',
      title: meta.tables.aoc.title,
      asOf: meta.tables.aoc.asOf,
      release: 'AOC_V2099Q1',
      importedOn: '2099-01-02',
    });
    expect(d.source('aoc')).toBe(d.source('aoc'));
    expect(ds.source('pfs')).not.toHaveProperty('importedOn');
    expect(() => ds.source('nope' as never)).toThrow('Dataset meta has no table nope');
  });

  it('refuses artifacts of another schema version', () => {
    const meta = { ...base.meta, schemaVersion: -1 };
    expect(() => createDataset({ ...base, meta })).toThrow(/does not match this build/);
  });
});
