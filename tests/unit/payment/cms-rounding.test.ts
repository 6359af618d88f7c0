/**
 * "Amounts to the cent, as CMS computes them": CMS's own amounts from the same formula are in RVU25A's
 * OPPSCAP_JAN.csv (the OPPS-capped prices of imaging services, computed with the file's "PE/MP used for OPPS
 * payment amount" RVUs, or the PFS ones when lower). pfsAmount, fed the same RVUs and GPCIs, must reproduce
 * every one of them; carrier-priced rows (status C) hold a cap, not an amount, and are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/build-data/csv';
import { pfsAmount } from '../../../lib/payment';
import { HAVE_SHARED_CMS, SHARED_CMS_DIR } from '../../helpers/shared-cms';

const ZIP = resolve(SHARED_CMS_DIR, '../cms-raw/rvu25a-redacted.zip');

describe.skipIf(!HAVE_SHARED_CMS || !existsSync(ZIP))('PFS rounding against CMS-computed amounts (RVU25A)', () => {
  it('reproduces every non-carrier-priced OPPSCAP amount to the cent', () => {
    const files = unzipSync(readFileSync(ZIP));
    const text = (name: string) => strFromU8(files[name], true);
    const rvu = new Map<string, string[]>();
    for (const f of parseCsv(text('PPRRVU25_JAN.csv'))) if (f[0] !== 'HCPCS') rvu.set(`${f[0]}|${f[1]}`, f);
    const gpci = new Map<string, { work: number; pe: number; mp: number }>();
    for (const f of parseCsv(text('GPCI2025.csv')).filter((x) => /^\d{5}$/.test(x[0].trim())))
      gpci.set(`${f[0].trim()}|${f[2].trim().padStart(2, '0')}`, {
        work: Number(f[4]),
        pe: Number(f[5]),
        mp: Number(f[6]),
      });
    let checked = 0;
    for (const [code, mod, status, mac, loc, facility, nonFacility] of parseCsv(text('OPPSCAP_JAN.csv')).slice(1)) {
      const r = rvu.get(`${code}|${mod}`);
      const g = gpci.get(`${mac}|${loc.padStart(2, '0')}`);
      if (status === 'C' || !r || !g) continue;
      const cf = Number(r[24]);
      const at = (pe: string, mp: string) => pfsAmount({ work: Number(r[5]), pe: Number(pe), mp: Number(mp) }, g, cf);
      // Column indices of PPRRVU25_JAN: 6/8 PFS non-facility/facility PE, 10 MP, 28/29/30 the OPPS PE and MP.
      expect([at(r[28], r[30]), at(r[6], r[10])], `${code}-${mod} ${mac}:${loc}`).toContain(Number(nonFacility));
      expect([at(r[29], r[30]), at(r[8], r[10])], `${code}-${mod} ${mac}:${loc}`).toContain(Number(facility));
      checked++;
    }
    expect(checked).toBeGreaterThan(6_000);
  });
});
