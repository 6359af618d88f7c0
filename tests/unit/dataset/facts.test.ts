import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';

// Facts stated in ../shared/data/cms/README.md and the Foundation issue, checked against the committed artifacts.
describe('dataset facts', () => {
  const ds = loadDataset();

  it('64634 is a type 1 add-on whose only primary is 64633, with MUE 4 / MAI 3, ZZZ, bilateral 1, OPPS N', () => {
    expect(ds.info('64634')).toMatchObject({ system: 'CPT', status: 'active' });
    expect(ds.addOn('64634')).toMatchObject({
      editType: 1,
      primaries: ['64633'],
      source: { table: 'aoc', asOf: '2026-04-01' },
    });
    expect(ds.mue('64634', 'practitioner')).toMatchObject({ units: 4, mai: 3, asOf: '2026-04-01' });
    expect(ds.pfs('64634')).toMatchObject({ globalDays: 'ZZZ', bilateral: '1' });
    expect(ds.opps('64634')).toMatchObject({ statusIndicator: 'N', paid: 'Never' });
    expect(ds.addOnsOf('64633')).toContain('64634');
  });

  it('64633 is column 1 in 257 active PTP edits, with indicator 1 over 64490 and 0 over 0213T', () => {
    expect(ds.pfs('64633')?.globalDays).toBe('010');
    expect(ds.ptpCounts('64633').column1Count).toBe(257);
    expect(ds.ptpPair('64490', '64633')).toMatchObject({ column1: '64633', column2: '64490', modifierIndicator: 1 });
    expect(ds.ptpPair('64633', '0213T')).toMatchObject({ column1: '64633', column2: '0213T', modifierIndicator: 0 });
    expect(ds.ptpPair('64633', '64634')).toBeUndefined();
  });

  it('J1100 carries its public-domain HCPCS descriptor and MUE 120', () => {
    expect(ds.info('J1100')?.system).toBe('HCPCS');
    expect(ds.hcpcsText('J1100')?.long).toMatch(/dexamethasone/i);
    expect(ds.mue('J1100', 'practitioner')?.units).toBe(120);
  });

  it('terminated HCPCS codes say so with their end date', () => {
    expect(ds.info('J1020')).toMatchObject({ status: 'terminated', terminatedOn: '2024-03-31' });
    expect(ds.info('J1010')).toMatchObject({ status: 'active', addedOn: '2024-04-01' });
  });

  it('unknown codes are unknown, not defaulted', () => {
    for (const code of ['12345', '0000F', 'Z9999']) {
      expect(ds.has(code)).toBe(false);
      expect(ds.info(code)).toBeUndefined();
      expect(ds.mue(code, 'practitioner')).toBeUndefined();
      expect(ds.ptpCounts(code)).toEqual({ column1Count: 0, column2Count: 0 });
    }
    expect(ds.has('__proto__')).toBe(false);
    expect(ds.pfs('constructor')).toBeUndefined();
  });

  it('every table in meta has a release, an as-of date and a row count', () => {
    for (const t of Object.values(ds.meta.tables)) {
      expect(t.release).not.toBe('');
      expect(t.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(t.rows).toBeGreaterThan(0);
    }
    expect(ds.meta.tables.ptp.rows).toBe(1_669_820);
  });
});
