/**
 * The Medicare payment benchmark of one code: PFS amounts (non-facility and facility, national and for one
 * locality) and the OPPS Addendum B payment rate, each with its table, year and as-of date. An amount CMS does
 * not set is `null` with the reason in words, never 0.
 */
import type { Dataset, Locality, PfsRvus, SourceRef } from '../dataset/types';
import type { LocalityKey } from './locality-id';
import { type Gpcis, NATIONAL_GPCIS, pfsAmount } from './pfs-amount';

/** PFS status codes whose RVUs are used for Medicare payment (RVU file layout, "Status Code": A, R, T). */
export const PFS_PAID_STATUSES: readonly string[] = ['A', 'R', 'T'];

/** Non-facility and facility amounts in dollars; null where CMS sets no amount (NA indicator, unpaid status). */
export interface PfsAmounts {
  nonFacility: number | null;
  facility: number | null;
}

/** The amounts for one locality, with the locality's ids and GPCIs. */
export interface LocalityAmounts extends PfsAmounts {
  mac: string;
  locality: string;
  /** Locality name as in the GPCI file (Addendum E). */
  name: string;
  state: string;
  gpci: Gpcis;
  /** The GPCI table and its as-of date. */
  source: SourceRef;
}

/** PFS payment of a code without modifier, from the bundled RVU file, GPCIs and conversion factor. */
export interface PfsPayment {
  /** Fee schedule year (of the RVU file's as-of date). */
  year: number;
  conversionFactor: number;
  national: PfsAmounts;
  /** Null when no locality was asked for, or the asked one is not in the GPCI table (then `notes` says so). */
  locality: LocalityAmounts | null;
  /** As-of date of the RVU file. */
  asOf: string;
  /** PFS status code of the row (A, R, T are paid). */
  status: string;
  /** Why an amount is null, or what the amounts leave out, in plain words. */
  notes: string[];
  /** The RVU table. */
  source: SourceRef;
}

/** The OPPS Addendum B payment rate. */
export interface OppsPayment {
  /** Dollars, or null when Addendum B sets no rate (packaged, not paid under OPPS …; `note` says so). */
  rate: number | null;
  year: number;
  asOf: string;
  statusIndicator: string;
  note: string | null;
  source: SourceRef;
}

/** `lookup --json`'s `payment`, and the popover's payment section. */
export interface PaymentBenchmark {
  /** Null when the code is not in the PFS RVU file. */
  pfs: PfsPayment | null;
  /** Null when the code is not in OPPS Addendum B. */
  opps: OppsPayment | null;
}

const yearOf = (s: SourceRef) => Number(s.asOf.slice(0, 4));

function amounts(r: PfsRvus, gpci: Gpcis, paid: boolean): PfsAmounts {
  const at = (pe: number, na: boolean) =>
    paid && !na ? pfsAmount({ work: r.work, pe, mp: r.mp }, gpci, r.conversionFactor) : null;
  return { nonFacility: at(r.nonFacilityPe, r.nonFacilityNa), facility: at(r.facilityPe, r.facilityNa) };
}

function pfsNotes(r: PfsRvus, status: string, paid: boolean): string[] {
  if (!paid)
    return [
      `PFS status ${status}: CMS does not use this code's RVUs for Medicare payment (only status A, R or T), so there is no fee schedule amount.`,
    ];
  const notes: string[] = [];
  if (r.nonFacilityNa)
    notes.push('No non-facility (office) amount: CMS marks the non-facility PE "NA" (rarely or never done there).');
  if (r.facilityNa)
    notes.push('No facility amount: CMS marks the facility PE "NA" (rarely or never done in a facility).');
  notes.push(
    "Fee schedule amounts before the adjustments that the RVU file's indicators call for (multiple procedures, bilateral, assistant at surgery, the imaging OPPS cap).",
  );
  return notes;
}

function localityAmounts(l: Locality, r: PfsRvus, paid: boolean): LocalityAmounts {
  return {
    mac: l.mac,
    locality: l.locality,
    name: l.name,
    state: l.state,
    ...amounts(r, l.gpci, paid),
    gpci: { ...l.gpci },
    source: l.source,
  };
}

/** The PFS part of the benchmark, or null when the code is not in the RVU file. */
export function pfsPayment(ds: Dataset, code: string, at?: LocalityKey | null): PfsPayment | null {
  const r = ds.pfsRvus(code);
  const ind = ds.pfs(code);
  if (!r || !ind) return null;
  const paid = PFS_PAID_STATUSES.includes(ind.status);
  const l = at ? ds.locality(at.mac, at.locality) : undefined;
  const notes = pfsNotes(r, ind.status, paid);
  if (at && !l) notes.unshift(`Locality ${at.mac}:${at.locality} is not in the bundled GPCI table.`);
  return {
    year: yearOf(r.source),
    conversionFactor: r.conversionFactor,
    national: amounts(r, NATIONAL_GPCIS, paid),
    locality: l ? localityAmounts(l, r, paid) : null,
    asOf: r.source.asOf,
    status: ind.status,
    notes,
    source: r.source,
  };
}

/** The OPPS part of the benchmark, or null when the code is not in Addendum B. */
export function oppsPayment(ds: Dataset, code: string): OppsPayment | null {
  const o = ds.opps(code);
  if (!o) return null;
  const none = o.paymentRate === null;
  return {
    rate: o.paymentRate,
    year: yearOf(o.source),
    asOf: o.source.asOf,
    statusIndicator: o.statusIndicator,
    note: none
      ? `No separate OPPS payment rate: status ${o.statusIndicator}${o.meaning ? ` (${o.meaning})` : ''}.`
      : null,
    source: o.source,
  };
}

/** PFS and OPPS payment of `code`, national and (when `at` is given) for that MAC locality. */
export function paymentBenchmark(ds: Dataset, code: string, at?: LocalityKey | null): PaymentBenchmark {
  return { pfs: pfsPayment(ds, code, at), opps: oppsPayment(ds, code) };
}
