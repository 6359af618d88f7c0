/**
 * Spot checks of the committed artifacts against the CMS source tables: 500+ random codes per table,
 * and random PTP rows and non-rows. Skipped (with a printed reason) when ../shared/data/cms is absent.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { readText } from '../../../scripts/build-data/read-tables';
import { parseCsvRecords } from '../../../scripts/build-data/csv';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR, sample, seededRandom } from '../../helpers/shared-cms';

const records = (file: string) => parseCsvRecords(readText(SHARED_CMS_DIR, file));

describe.skipIf(!HAVE_SHARED_CMS)('artifacts agree with the CMS tables', () => {
  const ds = loadDataset();
  const rnd = seededRandom(20260401);

  it('PFS indicators of 500 random codes', () => {
    const rows = records('pfs_rvu25d_2025oct_indicators.csv').filter((r) => r.MOD === '');
    for (const r of sample(rows, 500, rnd)) {
      expect(ds.pfs(r.HCPCS), r.HCPCS).toMatchObject({
        status: r['STATUS CODE'],
        globalDays: r['GLOB DAYS'],
        multipleProcedure: r['MULT PROC'],
        bilateral: r['BILAT SURG'],
        assistant: r['ASST SURG'],
        coSurgeon: r['CO- SURG'],
        teamSurgeon: r['TEAM SURG'],
        workRvu: Number(r['WORK RVU']),
      });
    }
  });

  it('MUE values of 500 random codes per setting, 2026 MAI-3 rows overriding 2024', () => {
    const p26 = new Map(records('ncci_mue_practitioner_2026q2_mai3_only.csv').map((r) => [r.hcpcs_code, r]));
    for (const r of sample(records('ncci_mue_practitioner_2024q3.csv'), 500, rnd)) {
      const newer = p26.get(r.hcpcs_code);
      const m = ds.mue(r.hcpcs_code, 'practitioner');
      if (newer) expect(m, r.hcpcs_code).toMatchObject({ units: Number(newer.mue_value), mai: 3, asOf: '2026-04-01' });
      else
        expect(m, r.hcpcs_code).toMatchObject({
          units: Number(r.mue_units),
          mai: Number(r.mue_mai),
          rationale: r.mue_rationale,
          asOf: '2024-07-01',
        });
    }
    for (const r of sample(records('ncci_mue_outpatient_hospital_2024q3.csv'), 500, rnd)) {
      expect(ds.mue(r.hcpcs_code, 'outpatientHospital'), r.hcpcs_code).toMatchObject({
        units: Number(r.mue_units),
        mai: Number(r.mue_mai),
        rationale: r.mue_rationale,
      });
    }
  });

  it('OPPS status of 500 random codes', () => {
    for (const r of sample(records('opps_addendum_b_2026apr.csv'), 500, rnd)) {
      expect(ds.opps(r.HCPCSCode)?.statusIndicator, r.HCPCSCode).toBe(r.StatusIndicator);
    }
  });

  it('HCPCS Level II descriptors of 500 random codes (January 2026 file)', () => {
    const desc = records('hcpcs_level2_2026jan_descriptions.csv').filter((r) => r.hcpcs_desc_type === 'Long');
    for (const r of sample(desc, 500, rnd))
      expect(ds.hcpcsText(r.hcpcs_code)?.long, r.hcpcs_code).toBe(r.hcpcs_description);
  });

  it('HCPCS Level II modifiers: every row of the January 2026 modifier file', () => {
    for (const r of records('hcpcs_level2_2026jan_modifiers.csv')) {
      const m = ds.modifier(r.modifier);
      expect(m?.long, r.modifier).toBe(r.long_description);
      expect(m?.terminatedOn ?? '', r.modifier).toBe(r.date_term);
    }
  });

  it('codes terminated since July 2024 carry their end date (HCPCS January 2026 records)', () => {
    for (const r of records('hcpcs_level2_2026jan_records.csv').filter((x) => x.date_term)) {
      const info = ds.info(r.hcpcs_code);
      expect(info?.terminatedOn, r.hcpcs_code).toBe(r.date_term);
    }
    expect(ds.info('G2012')).toMatchObject({ status: 'terminated', terminatedOn: '2024-12-31' });
  });

  it('add-on edits: every active row of 500 random add-on codes', () => {
    const rows = records('ncci_aoc_2026q2.csv').filter(
      (r) => !r.AOC_Edit_DelDT_iso || r.AOC_Edit_DelDT_iso > '2026-04-01',
    );
    const byCode = new Map<string, typeof rows>();
    for (const r of rows) byCode.set(r['Add-On_Code'], [...(byCode.get(r['Add-On_Code']) ?? []), r]);
    for (const code of sample([...byCode.keys()], Math.min(500, byCode.size), rnd)) {
      const edit = ds.addOn(code)!;
      expect(edit, code).toBeDefined();
      expect(edit.editType).toBe(Number(byCode.get(code)![0].AOC_Edit_Type));
      const primaries = byCode
        .get(code)!
        .filter(
          (r) => r.Primary_Code !== 'CCCCC' && (!r.Primary_Code_DelDT_iso || r.Primary_Code_DelDT_iso > '2026-04-01'),
        )
        .map((r) => r.Primary_Code);
      expect(edit.primaries).toEqual([...new Set(primaries)].sort());
    }
  });

  it('PTP: 2,000 random edits are found with their indicator and rationale; non-edits are not', () => {
    const lines = readText(SHARED_CMS_DIR, 'ncci_ptp_practitioner_2024q3_active.csv.gz')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean);
    const all = new Set(lines.map((l) => l.split(',', 2).join('|')));
    for (const line of sample(lines, 2000, rnd)) {
      const [c1, c2, , mi, rationale] = line.split(',');
      expect(ds.ptpPair(c2, c1), line).toMatchObject({
        column1: c1,
        column2: c2,
        modifierIndicator: Number(mi),
        rationale,
      });
    }
    const codes = ds.allCodes();
    let negatives = 0;
    while (negatives < 2000) {
      const [a, b] = [codes[Math.floor(rnd() * codes.length)], codes[Math.floor(rnd() * codes.length)]];
      if (all.has(`${a}|${b}`) || all.has(`${b}|${a}`)) continue;
      expect(ds.ptpPair(a, b), `${a}/${b}`).toBeUndefined();
      negatives++;
    }
  }, 60_000);
});
