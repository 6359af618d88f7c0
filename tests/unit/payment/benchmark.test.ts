/** The payment benchmark's rules: NA and unpaid statuses have no amount (said in words), OPPS rates, rounding. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/node/load-dataset';
import { formatUsd, parseLocalityId, paymentBenchmark, pfsAmount } from '../../../lib/payment';
import { runCli } from '../../helpers/cli';

const ds = loadDataset();

describe('pfsAmount', () => {
  it('rounds once, at the end, half up (no floating-point drift on the way)', () => {
    // 0.01 × 1.000 × 0.5 → exactly half a cent: rounds up.
    expect(pfsAmount({ work: 0.01, pe: 0, mp: 0 }, { work: 1, pe: 1, mp: 1 }, 0.5)).toBe(0.01);
    // 1.15 × 1 × 1 in floating point is 1.1499999…; the exact amount is 1.15.
    expect(pfsAmount({ work: 1.15, pe: 0, mp: 0 }, { work: 1, pe: 1, mp: 1 }, 1)).toBe(1.15);
    // Rounding each product first would give 0.01 + 0.01 = 0.02; the exact sum 0.008 rounds to 0.01.
    expect(pfsAmount({ work: 0.01, pe: 0.01, mp: 0 }, { work: 0.4, pe: 0.4, mp: 1 }, 1)).toBe(0.01);
  });

  it('refuses values with more decimals than the CMS layout', () => {
    expect(() => pfsAmount({ work: 0.001, pe: 0, mp: 0 }, { work: 1, pe: 1, mp: 1 }, 1)).toThrow(RangeError);
  });
});

describe('paymentBenchmark', () => {
  it('an NA indicator means no amount for that setting, in words', () => {
    const p = paymentBenchmark(ds, '33533', { mac: '02102', locality: '01' }).pfs!;
    expect(p.national.nonFacility).toBeNull();
    expect(p.national.facility).toBeGreaterThan(0);
    expect(p.locality?.nonFacility).toBeNull();
    expect(p.notes.join(' ')).toMatch(/No non-facility \(office\) amount: CMS marks the non-facility PE "NA"/);
  });

  it('a status CMS does not pay under the PFS (I) has no amount, never $0', () => {
    const p = paymentBenchmark(ds, '0001F').pfs!;
    expect(p).toMatchObject({ status: 'I', national: { nonFacility: null, facility: null }, locality: null });
    expect(p.notes[0]).toMatch(/status I: CMS does not use this code's RVUs for Medicare payment/);
  });

  it('OPPS: the Addendum B rate with year and as-of, or null with the status in words', () => {
    expect(paymentBenchmark(ds, '64633').opps).toMatchObject({ rate: ds.opps('64633')?.paymentRate, year: 2026 });
    expect(ds.opps('64633')?.paymentRate).toBeGreaterThan(0);
    const packaged = paymentBenchmark(ds, '64634').opps!;
    expect(packaged).toMatchObject({ rate: null, statusIndicator: 'N', asOf: ds.source('opps').asOf });
    expect(packaged.note).toMatch(/No separate OPPS payment rate: status N/);
    expect(paymentBenchmark(ds, '12345')).toEqual({ pfs: null, opps: null });
  });

  it('an unknown locality gives national amounts only, and says so', () => {
    const p = paymentBenchmark(ds, '99213', { mac: '99999', locality: '01' }).pfs!;
    expect(p.locality).toBeNull();
    expect(p.national.nonFacility).toBeGreaterThan(0);
    expect(p.notes[0]).toMatch(/99999:01 is not in the bundled GPCI table/);
  });
});

describe('locality ids and money', () => {
  it.each([
    ['02102:01', { mac: '02102', locality: '01' }],
    ['01112-26', { mac: '01112', locality: '26' }],
    [' 10112:0 ', { mac: '10112', locality: '00' }],
    ['0210:01', null],
    ['02102:001', null],
    ['02102', null],
  ])('parseLocalityId(%j)', (text, key) => expect(parseLocalityId(text)).toEqual(key));

  it('formatUsd', () => {
    expect(formatUsd(1789.08)).toBe('$1,789.08');
    expect(formatUsd(64.7)).toBe('$64.70');
    expect(formatUsd(1234567)).toBe('$1,234,567.00');
  });
});

describe('claimlens lookup --locality', () => {
  it('text output shows the national and locality amounts with table, year and as-of', async () => {
    const { code, out } = await runCli('lookup', '64634', '--locality', '02102:01');
    expect(code).toBe(0);
    expect(out).toMatch(
      /PFS national\s+non-facility \$\d+\.\d\d, facility \$\d+\.\d\d — PFS 2025, .*\(as of 2025-10-01\)/,
    );
    expect(out).toMatch(/PFS locality\s+02102:01 ALASKA\* \(AK\): non-facility \$/);
    expect(out).toMatch(/OPPS payment\s+No separate OPPS payment rate: status N.*OPPS 2026/);
  });

  it('without --locality: national only, locality null', async () => {
    const r = JSON.parse((await runCli('lookup', '99213', '--json')).out);
    expect(r.payment.pfs.locality).toBeNull();
    expect(r.payment.pfs.national.nonFacility).toBeGreaterThan(0);
  });

  it.each([['99999:01'], ['abc'], ['02102'], ['02102:1x']])('--locality %j: one-line error, exit 2', async (bad) => {
    const { code, out, err } = await runCli('lookup', '64634', '--locality', bad);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
