/** Medicare payment benchmarks (PFS and OPPS) from the bundled tables; pure. */
export { pfsAmount, NATIONAL_GPCIS, type Gpcis, type SettingRvus } from './pfs-amount';
export { formatUsd } from './format';
export { parseLocalityId, localityId, type LocalityKey } from './locality-id';
export {
  paymentBenchmark,
  pfsPayment,
  oppsPayment,
  PFS_PAID_STATUSES,
  type PaymentBenchmark,
  type PfsPayment,
  type PfsAmounts,
  type LocalityAmounts,
  type OppsPayment,
} from './benchmark';
