/** `claimlens lookup` text rows for the payment benchmark: each amount with its table, year and as-of date. */
import { formatUsd as usd, type PaymentBenchmark, type PfsAmounts } from '../../lib/payment';

const pair = (a: PfsAmounts) =>
  `non-facility ${a.nonFacility === null ? 'no amount' : usd(a.nonFacility)}, facility ${a.facility === null ? 'no amount' : usd(a.facility)}`;

/** Label/value rows: PFS national, PFS for the locality, why an amount is missing, OPPS rate. */
export function paymentRows(p: PaymentBenchmark): [string, string][] {
  const rows: [string, string][] = [];
  if (!p.pfs) rows.push(['PFS payment', 'not in the fee schedule file (no data)']);
  else {
    const src = `PFS ${p.pfs.year}, ${p.pfs.source.title} (as of ${p.pfs.asOf}), CF ${p.pfs.conversionFactor}`;
    rows.push(['PFS national', `${pair(p.pfs.national)} — ${src}`]);
    const l = p.pfs.locality;
    if (l)
      rows.push([
        'PFS locality',
        `${l.mac}:${l.locality} ${l.name} (${l.state}): ${pair(l)} — GPCIs ${l.gpci.work}/${l.gpci.pe}/${l.gpci.mp}, ${l.source.title} (as of ${l.source.asOf})`,
      ]);
    for (const note of p.pfs.notes) rows.push(['PFS note', note]);
  }
  if (!p.opps) rows.push(['OPPS payment', 'not in Addendum B (no data)']);
  else
    rows.push([
      'OPPS payment',
      `${p.opps.rate === null ? p.opps.note : usd(p.opps.rate)} — OPPS ${p.opps.year}, ${p.opps.source.title} (as of ${p.opps.asOf})`,
    ]);
  return rows;
}
