/**
 * The Medicare Physician Fee Schedule payment formula, exactly as the RVU file's layout states it
 * (`pfs_rvu25d_file_layout.pdf`, "The formula for 2025 physician fee schedule payment amount"):
 *
 *     amount = [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × conversion factor
 *
 * with the non-facility or the facility PE RVU. The sum is computed exactly (RVUs have 2 decimals, GPCIs 3,
 * the conversion factor 4, so scaled to whole numbers the product is an exact integer) and rounded to the
 * cent once, at the end, half up. That rounding reproduces every one of the 6,322 amounts CMS itself computed
 * with this formula in RVU25A's `OPPSCAP_JAN.csv` (its rows other than carrier-priced ones, which hold a cap
 * rather than an amount); rounding each product to the cent first does not (`docs/payment.md`).
 */

/** The three geographic practice cost indices of one locality (national: all 1.0). */
export interface Gpcis {
  work: number;
  pe: number;
  mp: number;
}

/** The RVUs the formula reads for one setting. */
export interface SettingRvus {
  work: number;
  /** The non-facility or the facility practice-expense RVU. */
  pe: number;
  mp: number;
}

/** GPCIs of 1.0: the national amount. */
export const NATIONAL_GPCIS: Readonly<Gpcis> = Object.freeze({ work: 1, pe: 1, mp: 1 });

/** `value` as a whole number of 1/`scale`ths; throws if the table holds more decimals than CMS publishes. */
function scaled(value: number, scale: number, what: string): number {
  const n = Math.round(value * scale);
  if (!Number.isFinite(value) || Math.abs(n - value * scale) > 1e-6 * scale)
    throw new RangeError(`${what} ${value} has more decimals than the CMS file layout allows`);
  return n;
}

/**
 * The PFS amount in dollars, rounded to the cent at the end (half up), for one setting's RVUs, a locality's
 * GPCIs and the conversion factor. Exact: no floating-point sum is rounded on the way.
 */
export function pfsAmount(rvus: SettingRvus, gpci: Gpcis, conversionFactor: number): number {
  // RVUs in hundredths, GPCIs in thousandths, the conversion factor in ten-thousandths: units of 1e-9 dollars.
  const sum =
    scaled(rvus.work, 100, 'work RVU') * scaled(gpci.work, 1000, 'work GPCI') +
    scaled(rvus.pe, 100, 'PE RVU') * scaled(gpci.pe, 1000, 'PE GPCI') +
    scaled(rvus.mp, 100, 'MP RVU') * scaled(gpci.mp, 1000, 'MP GPCI');
  const billionths = sum * scaled(conversionFactor, 10_000, 'conversion factor');
  if (!Number.isSafeInteger(billionths)) throw new RangeError('PFS amount out of range');
  const cents = Math.floor((billionths + 5_000_000) / 10_000_000);
  return cents / 100;
}
