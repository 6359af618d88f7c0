import { describe, expect, it } from 'vitest';
import type { OppsInfo, PfsIndicators, SourceRef } from '../../../lib/dataset/types';
import { siteOfService, siteOfServiceRows, typicalWords } from '../../../lib/lookup/site-of-service';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { readText } from '../../../scripts/build-data/read-tables';
import { parseCsvRecords } from '../../../scripts/build-data/csv';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';

const ds = loadDataset();
const sos = (code: string) => siteOfService(ds.pfs(code) ?? null, ds.opps(code) ?? null);
const verdicts = (code: string) => Object.fromEntries(sos(code).lines.map((l) => [l.setting, l.verdict]));

const src = (table: 'pfs' | 'opps'): SourceRef => ({ table, title: table, asOf: '2026-01-01' });
const pfs = (over: Partial<PfsIndicators>): PfsIndicators => ({
  status: 'A',
  globalDays: '000',
  multipleProcedure: '2',
  bilateral: '0',
  assistant: '0',
  coSurgeon: '0',
  teamSurgeon: '0',
  pctc: '0',
  workRvu: 1,
  nonFacilityNa: false,
  facilityNa: false,
  source: src('pfs'),
  ...over,
});
const opps = (si: string): OppsInfo => ({
  statusIndicator: si,
  meaning: null,
  paid: null,
  paymentRate: null,
  source: src('opps'),
});

describe('typical site of service from the PFS NA indicators and OPPS status', () => {
  it.skipIf(!HAVE_SHARED_CMS)('reads the NA indicators as the RVU file has them, for every code', () => {
    // The bundled artifact agrees with the CMS file (RVU25D, rows without a modifier).
    const rows = parseCsvRecords(readText(SHARED_CMS_DIR, 'pfs_rvu25d_2025oct_indicators.csv')).filter(
      (r) => r.MOD === '',
    );
    expect(rows.length).toBeGreaterThan(16000);
    const wrong = rows.filter((r) => {
      const p = ds.pfs(r.HCPCS);
      return (
        p?.nonFacilityNa !== (r['NON-FAC NA INDICATOR'] === 'NA') ||
        p?.facilityNa !== (r['FACILITY NA INDICATOR'] === 'NA')
      );
    });
    expect(wrong.map((r) => r.HCPCS)).toEqual([]);
  });

  it('bundled examples: office and HOPD, office only, HOPD only, inpatient only, packaged add-on', () => {
    expect(verdicts('64633')).toMatchObject({ office: 'yes', 'hospital-outpatient': 'yes', asc: 'not-determined' });
    expect(verdicts('27447')).toMatchObject({ office: 'rarely', 'hospital-outpatient': 'yes' });
    expect(verdicts('33533')).toMatchObject({
      office: 'rarely',
      'hospital-outpatient': 'no',
      'hospital-inpatient': 'yes',
    });
    expect(typicalWords(sos('64634'))).toBe('office, hospital outpatient (packaged)');
    expect(verdicts('96372')).toMatchObject({ office: 'yes', asc: 'rarely', 'hospital-outpatient': 'yes' });
  });

  it('says "not determined" where the tables say nothing, never a guess', () => {
    expect(verdicts('J1100').office).toBe('not-determined'); // PFS status E: no practice expense set
    expect(sos('64633').lines.find((l) => l.setting === 'asc')?.reason).toMatch(
      /ASC covered procedures list.*not bundled/,
    );
    expect(sos('64633').lines.find((l) => l.setting === 'hospital-inpatient')?.verdict).toBe('not-determined');
    expect(siteOfService(null, null).typical).toEqual([]);
    // An artifact built before the NA indicators were kept: no answer for the office.
    expect(siteOfService(pfs({ nonFacilityNa: undefined }), null).lines[0]).toMatchObject({
      verdict: 'not-determined',
    });
  });

  it('a physician E/M the hospital cannot bill: no for the hospital claim, with the practitioner facility rate named', () => {
    const l = sos('99213').lines.find((x) => x.setting === 'hospital-outpatient')!;
    expect(l.verdict).toBe('no');
    expect(l.reason).toMatch(/OPPS status B.*practitioner may bill it at the PFS facility rate/);
  });

  it('each verdict names its table and as-of date', () => {
    for (const l of sos('64633').lines.filter((x) => x.verdict !== 'not-determined'))
      expect(l.source?.asOf, l.setting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = siteOfServiceRows(sos('64633'));
    expect(rows[0][1]).toMatch(
      /^office, hospital outpatient \(from .+ as of \d{4}-\d{2}-\d{2}; .+ as of \d{4}-\d{2}-\d{2}\)$/,
    );
    expect(siteOfService(pfs({ status: 'X' }), opps('E1')).lines.map((l) => l.verdict)).toEqual([
      'not-determined',
      'not-determined',
      'no',
      'not-determined',
    ]);
  });
});
