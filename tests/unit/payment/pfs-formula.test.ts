/**
 * PFS 2025 amounts equal the CMS formula computed here, independently of lib/payment, straight from the shared
 * CMS files: RVUs and conversion factor from RVU25D, GPCIs from Addendum E (pfs_gpci_2025.csv), locality names
 * cross-checked with 25LOCCO. Decimal strings are turned into exact integers (BigInt), so the only rounding is
 * the final one to the cent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../scripts/build-data/csv';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { paymentBenchmark } from '../../../lib/payment';
import { runCli } from '../../helpers/cli';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR, sample, seededRandom } from '../../helpers/shared-cms';

// Read only when the shared tables exist: a skipped describe still runs its body to collect the tests.
const read = (f: string) => (HAVE_SHARED_CMS ? readFileSync(join(SHARED_CMS_DIR, f), 'utf8') : '');

/** "1.081" → 1081n at 3 decimals. */
function fixed(text: string, decimals: number): bigint {
  const [whole, frac = ''] = text.trim().split('.');
  if (frac.length > decimals) throw new Error(`${text} has more than ${decimals} decimals`);
  return BigInt(whole || '0') * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

/** [(work × wGPCI) + (PE × peGPCI) + (MP × mpGPCI)] × CF in dollars, rounded half up to the cent at the end. */
function cmsAmount(work: string, pe: string, mp: string, g: [string, string, string], cf: string): number {
  const sum = fixed(work, 2) * fixed(g[0], 3) + fixed(pe, 2) * fixed(g[1], 3) + fixed(mp, 2) * fixed(g[2], 3);
  const units = sum * fixed(cf, 4); // 1e-9 dollars
  return Number((units + 5_000_000n) / 10_000_000n) / 100;
}

const LOCALITIES = ['02102:01', '01112:05', '10112:00'];

describe.skipIf(!HAVE_SHARED_CMS)('PFS 2025 payment = the CMS formula over the shared tables', () => {
  const ds = loadDataset();
  const rvus = parseCsvRecords(read('pfs_rvu25d_2025oct_indicators.csv')).filter((r) => r.MOD === '');
  const gpci = new Map(
    parseCsv(read('pfs_gpci_2025.csv'))
      .filter((f) => /^\d{5}$/.test(f[0]))
      .map((f) => [`${f[0]}:${f[2]}`, { name: f[3], g: [f[4], f[5], f[6]] as [string, string, string] }]),
  );
  const paid = rvus.filter((r) => ['A', 'R', 'T'].includes(r['STATUS CODE']));
  const withNa = paid.filter((r) => r['NON-FAC NA INDICATOR'] === 'NA' || r['FACILITY NA INDICATOR'] === 'NA');
  const codes = [
    ...sample(paid, 60, seededRandom(2025)),
    ...sample(withNa, 15, seededRandom(7)),
    ...paid.filter((r) => ['64634', '64633', '99213', '77003', '33533'].includes(r.HCPCS)),
  ];

  it('national and locality amounts of 80 codes × 3 localities, non-facility and facility', () => {
    expect(codes.length).toBeGreaterThanOrEqual(80);
    let amounts = 0;
    for (const r of codes) {
      const expected = (g: [string, string, string], pe: string, na: string) =>
        na === 'NA' ? null : cmsAmount(r['WORK RVU'], pe, r['MP RVU'], g, r['CONV FACTOR']);
      const one: [string, string, string] = ['1', '1', '1'];
      for (const id of LOCALITIES) {
        const [mac, loc] = id.split(':');
        const l = gpci.get(id)!;
        const p = paymentBenchmark(ds, r.HCPCS, { mac, locality: loc }).pfs!;
        expect(p.conversionFactor).toBe(Number(r['CONV FACTOR']));
        expect(p.national, r.HCPCS).toEqual({
          nonFacility: expected(one, r['NON-FAC PE RVU'], r['NON-FAC NA INDICATOR']),
          facility: expected(one, r['FACILITY PE RVU'], r['FACILITY NA INDICATOR']),
        });
        expect(p.locality, `${r.HCPCS} @ ${id}`).toMatchObject({
          mac,
          locality: loc,
          name: l.name,
          nonFacility: expected(l.g, r['NON-FAC PE RVU'], r['NON-FAC NA INDICATOR']),
          facility: expected(l.g, r['FACILITY PE RVU'], r['FACILITY NA INDICATOR']),
        });
        amounts += [p.locality!.nonFacility, p.locality!.facility].filter((a) => a !== null).length;
      }
    }
    expect(amounts).toBeGreaterThan(300);
  });

  it('the three localities are the ones 25LOCCO lists under the same MAC and locality number', () => {
    // 25LOCCO writes MAC and locality numbers without leading zeros (2102, 1).
    const locco = parseCsv(read('pfs_localities_counties_2025.csv')).filter((f) => /^\d{4,5}$/.test(f[0]));
    for (const id of LOCALITIES) {
      const [mac, loc] = id.split(':');
      const row = locco.find((f) => f[0].padStart(5, '0') === mac && f[1].padStart(2, '0') === loc);
      expect(row, id).toBeDefined();
      expect(ds.locality(mac, loc)?.area).toBe(row![3].trim());
    }
  });

  it('claimlens lookup 64634 --json --locality 02102:01 gives the formula amounts with year, CF and as-of', async () => {
    const r = rvus.find((x) => x.HCPCS === '64634')!;
    const ak = gpci.get('02102:01')!.g;
    const { code, out } = await runCli('lookup', '64634', '--json', '--locality', '02102:01');
    expect(code).toBe(0);
    const { payment } = JSON.parse(out);
    expect(payment.pfs).toMatchObject({
      year: 2025,
      conversionFactor: 32.3465,
      asOf: ds.source('pfs').asOf,
      national: {
        nonFacility: cmsAmount(r['WORK RVU'], r['NON-FAC PE RVU'], r['MP RVU'], ['1', '1', '1'], r['CONV FACTOR']),
        facility: cmsAmount(r['WORK RVU'], r['FACILITY PE RVU'], r['MP RVU'], ['1', '1', '1'], r['CONV FACTOR']),
      },
      locality: {
        mac: '02102',
        locality: '01',
        name: 'ALASKA*',
        nonFacility: cmsAmount(r['WORK RVU'], r['NON-FAC PE RVU'], r['MP RVU'], ak, r['CONV FACTOR']),
        facility: cmsAmount(r['WORK RVU'], r['FACILITY PE RVU'], r['MP RVU'], ak, r['CONV FACTOR']),
      },
    });
  });
});
