// @vitest-environment happy-dom
/** The popover's "Payment (Medicare benchmark)" section over real CMS data: amounts with table, year and as-of. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CodeDetails } from '../../../components/CodeDetails';
import { codeDetails } from '../../../lib/background/answer';
import { formatUsd, paymentBenchmark } from '../../../lib/payment';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const ds = fixtureDataset();

function show(code: string, pfsLocality: string | null): HTMLElement {
  const settings = { ...defaultSettings(), payers: { ...defaultSettings().payers, pfsLocality } };
  const root = document.createElement('div');
  render(<CodeDetails details={codeDetails(ds, settings, undefined, { code, pageCodes: [] })} />, root);
  return root.querySelector('[data-section="payment"]') as HTMLElement;
}

describe('PaymentSection', () => {
  it('64634 at 02102:01: national and Alaska amounts, office and facility, with the tables and their dates', () => {
    const s = show('64634', '02102:01');
    const p = paymentBenchmark(ds, '64634', { mac: '02102', locality: '01' }).pfs!;
    expect(s.querySelector('summary')!.textContent).toBe('Payment (Medicare benchmark)');
    expect(s.querySelector('caption')!.textContent).toBe('Medicare PFS 2025');
    const row = (k: string) => [...s.querySelectorAll(`[data-payment="${k}"] td`)].map((td) => td.textContent);
    expect(row('national')).toEqual([formatUsd(p.national.nonFacility!), formatUsd(p.national.facility!)]);
    expect(row('locality')).toEqual([formatUsd(p.locality!.nonFacility!), formatUsd(p.locality!.facility!)]);
    expect(s.querySelector('[data-payment="locality"] th')!.textContent).toBe('ALASKA* (AK, 02102:01)');
    const sources = [...s.querySelectorAll('.cl-source')].map((e) => e.textContent).join('\n');
    expect(sources).toMatch(/Physician Fee Schedule RVU file, as of 2025-10-01, conversion factor 32\.3465/);
    expect(sources).toMatch(/GPCIs 1\.5 \/ 1\.081 \/ 0\.592 from .*as of 2025-01-01/);
    expect(sources).toMatch(/OPPS Addendum B, as of 2026-04-01/);
    expect(s.querySelector('[data-payment="opps"]')!.textContent).toMatch(/OPPS 2026.*No separate OPPS payment rate/);
  });

  it('without a locality: national only, and where to pick one; an NA setting says "no amount"', () => {
    const s = show('33533', null);
    expect(s.querySelector('[data-payment="locality"]')).toBeNull();
    expect(s.textContent).toMatch(/Pick your Medicare locality in ClaimLens options/);
    expect(s.querySelectorAll('[data-payment="national"] td')[0].textContent).toBe('no amount');
    expect(s.textContent).toMatch(/CMS marks the non-facility PE "NA"/);
  });

  it('an OPPS rate is shown in dollars with its status', () => {
    const s = show('64633', null);
    expect(s.querySelector('[data-payment="opps"]')!.textContent).toMatch(/OPPS 2026\): \$[\d,]+\.\d\d \(status J1\)/);
  });
});
