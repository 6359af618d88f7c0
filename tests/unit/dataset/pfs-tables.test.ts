/**
 * The payment tables (RVUs + conversion factor, GPCIs, localities) equal the CMS files they come from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../scripts/build-data/csv';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR, sample, seededRandom } from '../../helpers/shared-cms';

const ds = loadDataset();
const read = (f: string) => readFileSync(join(SHARED_CMS_DIR, f), 'utf8');

describe.skipIf(!HAVE_SHARED_CMS)('PFS payment tables', () => {
  it('RVUs, NA indicators and the conversion factor of 300 random codes equal RVU25D', () => {
    const rows = parseCsvRecords(read('pfs_rvu25d_2025oct_indicators.csv')).filter((r) => r.MOD === '');
    for (const r of sample(rows, 300, seededRandom(11))) {
      expect(ds.pfsRvus(r.HCPCS), r.HCPCS).toEqual({
        work: Number(r['WORK RVU']),
        nonFacilityPe: Number(r['NON-FAC PE RVU']),
        facilityPe: Number(r['FACILITY PE RVU']),
        mp: Number(r['MP RVU']),
        nonFacilityNa: r['NON-FAC NA INDICATOR'] === 'NA',
        facilityNa: r['FACILITY NA INDICATOR'] === 'NA',
        conversionFactor: Number(r['CONV FACTOR']),
        source: ds.source('pfs'),
      });
    }
    expect(ds.pfsRvus('64633')?.conversionFactor).toBe(32.3465);
  });

  it('every locality of GPCI 2025 (Addendum E) with its three GPCIs', () => {
    const rows = parseCsv(read('pfs_gpci_2025.csv')).filter((f) => /^\d{5}$/.test(f[0]));
    expect(ds.localities()).toHaveLength(rows.length);
    for (const [mac, state, loc, , w, pe, mp] of rows) {
      expect(ds.locality(mac, loc), `${mac}:${loc}`).toMatchObject({
        state,
        gpci: { work: Number(w), pe: Number(pe), mp: Number(mp) },
      });
    }
    expect(ds.locality('02102', '01')).toMatchObject({ name: 'ALASKA*', gpci: { work: 1.5 } });
  });

  it('localities carry their counties from 25LOCCO (MAC and locality numbers padded as in the GPCI file)', () => {
    expect(ds.locality('10112', '00')).toMatchObject({ area: 'STATEWIDE', counties: 'ALL COUNTIES', state: 'AL' });
    const sf = ds.locality('01112', '05');
    expect(sf?.counties).toMatch(/SAN FRANCISCO/);
    expect(sf?.countiesSource.table).toBe('localities');
    expect(ds.locality('99999', '01')).toBeUndefined();
  });
});
