import type { TableId } from '../../lib/dataset/types';

/** Where each table comes from. Newer CMS releases with the same columns are taken with `--table`, not a code change. */
export interface SourceSpec {
  id: TableId;
  title: string;
  file: string;
  release: string;
  asOf: string;
}

export const DEFAULT_SOURCES: SourceSpec[] = [
  {
    id: 'aoc',
    title: 'NCCI add-on code edits (Medicare)',
    file: 'ncci_aoc_2026q2.csv',
    release: 'AOC_V2026Q2',
    asOf: '2026-04-01',
  },
  {
    id: 'ptp',
    title: 'NCCI PTP edits, practitioner services (active)',
    file: 'ncci_ptp_practitioner_2024q3_active.csv.gz',
    release: 'NCCI PTP practitioner 2024-07-01 (f1–f4)',
    asOf: '2024-07-01',
  },
  {
    id: 'muePractitioner',
    title: 'NCCI MUE, practitioner services',
    file: 'ncci_mue_practitioner_2024q3.csv',
    release: 'MUE practitioner 2024 Q3',
    asOf: '2024-07-01',
  },
  {
    id: 'muePractitioner2026',
    title: 'NCCI MUE, practitioner services (MAI 3 rows)',
    file: 'ncci_mue_practitioner_2026q2_mai3_only.csv',
    release: 'MUE practitioner 2026 Q2 (MAI 3 rows only)',
    asOf: '2026-04-01',
  },
  {
    id: 'mueOutpatientHospital',
    title: 'NCCI MUE, outpatient hospital services',
    file: 'ncci_mue_outpatient_hospital_2024q3.csv',
    release: 'MUE outpatient hospital 2024 Q3',
    asOf: '2024-07-01',
  },
  {
    id: 'pfs',
    title: 'Medicare Physician Fee Schedule RVU file',
    file: 'pfs_rvu25d_2025oct_indicators.csv',
    release: 'RVU25D',
    asOf: '2025-10-01',
  },
  {
    id: 'opps',
    title: 'OPPS Addendum B',
    file: 'opps_addendum_b_2026apr.csv',
    release: 'OPPS Addendum B April 2026',
    asOf: '2026-04-01',
  },
  {
    id: 'oppsLegend',
    title: 'OPPS status indicator legend',
    file: 'opps_status_indicators.csv',
    release: 'OPPS status indicator legend, CY 2026',
    asOf: '2026',
  },
  {
    id: 'hcpcs',
    title: 'HCPCS Level II quarterly file',
    file: 'hcpcs_level2_2026jan_records.csv',
    release: 'HCPCS 2026 January',
    asOf: '2026-01-01',
  },
  {
    id: 'gpci',
    title: 'PFS geographic practice cost indices (Addendum E)',
    file: 'pfs_gpci_2025.csv',
    release: 'GPCI 2025 (RVU25A)',
    asOf: '2025-01-01',
  },
  {
    id: 'localities',
    title: 'PFS payment localities and counties',
    file: 'pfs_localities_counties_2025.csv',
    release: '25LOCCO (RVU25A)',
    asOf: '2025-01-01',
  },
  {
    id: 'hcpcsModifiers',
    title: 'HCPCS Level II modifiers',
    file: 'hcpcs_level2_2026jan_modifiers.csv',
    release: 'HCPCS 2026 January',
    asOf: '2026-01-01',
  },
];

/** The HCPCS descriptor file travels with the HCPCS record file (same release). */
export const HCPCS_DESCRIPTIONS_FILE = 'hcpcs_level2_2026jan_descriptions.csv';

/**
 * Applies `--table id:file:release:asOf` overrides.
 * @throws Error naming the bad override.
 */
export function applyOverrides(base: SourceSpec[], overrides: string[]): SourceSpec[] {
  const out = base.map((s) => ({ ...s }));
  for (const o of overrides) {
    const [id, file, release, asOf] = o.split(':');
    const spec = out.find((s) => s.id === id);
    if (!spec || !file || !release || !/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '')) {
      throw new Error(
        `--table ${o}: expected id:file:release:YYYY-MM-DD with id one of ${out.map((s) => s.id).join(', ')}`,
      );
    }
    Object.assign(spec, { file, release, asOf });
  }
  return out;
}
