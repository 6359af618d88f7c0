/**
 * Which table answers (lib/data-update/select.ts, merge.ts): an imported table newer than (or as new as) the
 * bundled one is used, with "imported by you" provenance; a newer bundled release wins over an older import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../../lib/claim/format-source';
import type { DatasetArtifacts } from '../../../lib/dataset/artifacts';
import { createDataset } from '../../../lib/dataset/dataset';
import { staleNotices } from '../../../lib/dataset/staleness';
import type { ImportedTable } from '../../../lib/data-update/imported-table';
import { mergeImported } from '../../../lib/data-update/merge';
import { prepareUpdate } from '../../../lib/data-update/prepare';
import { selectImported } from '../../../lib/data-update/select';
import { fixtureArtifacts } from '../../helpers/fixture-dataset';

const FIXTURES = resolve(__dirname, '../../fixtures/cms-release');
const file = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const ptpSet = () =>
  readdirSync(join(FIXTURES, 'ptp-v322r0'))
    .sort()
    .map((n) => file(join(FIXTURES, 'ptp-v322r0'), n));
const mueFile = () => file(join(FIXTURES, 'mue'), 'MCR_MUE_PractitionerServices_Eff_07-01-2026.csv');

const bundled = fixtureArtifacts();
const imported = prepareUpdate([...ptpSet(), mueFile()], bundled.meta, '2026-12-03').tables;

/** The bundled artifacts with one table's as-of date moved (as after an extension update). */
function bundledWith(table: 'ptp' | 'muePractitioner2026', asOf: string): DatasetArtifacts {
  const meta = structuredClone(bundled.meta);
  meta.tables[table].asOf = asOf;
  return { ...bundled, meta };
}

describe('imported tables over the bundled data', () => {
  it('the import is newer: the background answers from it, with the release and the import date', () => {
    const { artifacts, used, superseded } = mergeImported(bundled, imported);
    expect(used.map((t) => t.kind).sort()).toEqual(['muePractitioner', 'ptp']);
    expect(superseded).toEqual([]);
    const ds = createDataset(artifacts);
    const edit = ds.ptpPair('64633', '64490', '2026-12-03');
    expect(edit).toMatchObject({ modifierIndicator: 1, effective: '2013-01-01' });
    expect(formatSource(edit!.source)).toBe(
      'NCCI PTP edits, practitioner services, CMS release v322r0, as of 2026-07-01, imported by you on 2026-12-03',
    );
    // Dated edits of the imported release apply by date of service.
    expect(ds.ptpPair('64633', '0213T', '2025-06-01')).toBeDefined();
    expect(ds.ptpPair('64633', '0213T', '2026-01-02')).toBeUndefined();
    // An edit only the bundled 2024 table had is gone: the import replaced the whole table.
    expect(createDataset(bundled).ptpPair('64634', '64490')).toBeDefined();
    expect(ds.ptpPair('64634', '64490')).toBeUndefined();
    expect(ds.ptpDatesKnown).toBe(true);
    // MUE from the imported practitioner file, the 2026 MAI 3 overlay retired with the 2024 table.
    const mue = ds.mue('0002M', 'practitioner');
    expect(mue).toMatchObject({ units: 1, mai: 3, rationale: 'Nature of Analyte', asOf: '2026-07-01' });
    expect(mue?.source).toMatchObject({ importedOn: '2026-12-03', release: expect.stringContaining('2026-07-01') });
    expect(ds.mue('64634', 'practitioner')).toBeUndefined();
    expect(ds.mue('64634', 'outpatientHospital')).toEqual(createDataset(bundled).mue('64634', 'outpatientHospital'));
    expect(artifacts.meta.tables.muePractitioner2026).toBeUndefined();
    expect(artifacts.meta.datasetVersion).toMatch(new RegExp(`^${bundled.meta.datasetVersion}\\+imported\\.`));
    // Staleness is computed from the imported as-of date.
    const tables = ['ptp', 'muePractitioner'] as const;
    expect(staleNotices(bundled.meta, tables, '2026-12-03').map((n) => n.table)).toContain('ptp');
    expect(staleNotices(artifacts.meta, tables, '2026-12-03')).toEqual([]);
    // Other tables are the bundled ones, unchanged.
    expect(ds.pfs('64634')).toEqual(createDataset(bundled).pfs('64634'));
    expect(ds.info('64633')?.tables).toContain('ptp');
  });

  it('a newer bundled release (after an extension update) wins over an older import, which stays unused', () => {
    const newer = bundledWith('ptp', '2026-10-01');
    const { artifacts, used, superseded } = mergeImported(newer, imported);
    expect(used.map((t) => t.kind)).toEqual(['muePractitioner']);
    expect(superseded.map((t) => t.kind)).toEqual(['ptp']);
    const src = createDataset(artifacts).source('ptp');
    expect(src).toEqual({ table: 'ptp', title: bundled.meta.tables.ptp.title, asOf: '2026-10-01' });
    expect(formatSource(src)).not.toMatch(/imported/);
  });

  it('the same release as the bundled one is used (the user chose it); with nothing in use the bundle is returned', () => {
    expect(selectImported(bundledWith('ptp', '2026-07-01').meta, imported).used).toHaveLength(2);
    const older = bundledWith('muePractitioner2026', '2026-10-01');
    const onlyMue = imported.filter((t) => t.kind === 'muePractitioner');
    expect(mergeImported(older, onlyMue).artifacts).toBe(older);
  });

  it('of two imports of one kind, the newer release is used', () => {
    const ptp = imported.find((t) => t.kind === 'ptp') as ImportedTable;
    const later = { ...ptp, release: 'v323r0', asOf: '2026-10-01' } as ImportedTable;
    const { used, superseded } = selectImported(bundled.meta, [later, ptp]);
    expect(used).toEqual([later]);
    expect(superseded).toEqual([ptp]);
  });
});
