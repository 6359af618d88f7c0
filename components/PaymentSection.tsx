/**
 * "Payment (Medicare benchmark)": PFS amounts (national and the user's locality, office and facility) and the
 * OPPS rate, each with its table, year and as-of date. A missing amount says why (lib/payment).
 */
import { formatSource } from '../lib/claim/format-source';
import type { CodeDetails } from '../lib/messages';
import { formatUsd, type PfsAmounts } from '../lib/payment';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';

type Props = { details: CodeDetails; state: (id: string) => SectionState | undefined };

const amount = (n: number | null) => (n === null ? <span class="cl-muted">no amount</span> : formatUsd(n));

function Row({ label, a, kind }: { label: string; a: PfsAmounts; kind: string }) {
  return (
    <tr data-payment={kind}>
      <th scope="row">{label}</th>
      <td>{amount(a.nonFacility)}</td>
      <td>{amount(a.facility)}</td>
    </tr>
  );
}

function PfsPart({ details }: { details: CodeDetails }) {
  const p = details.report.payment?.pfs;
  if (!p) return <p>PFS: not in the fee schedule file (no data).</p>;
  const l = p.locality;
  return (
    <>
      <table class="cl-payment">
        <caption>Medicare PFS {p.year}</caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Office (non-facility)</th>
            <th scope="col">Facility</th>
          </tr>
        </thead>
        <tbody>
          <Row label="National" a={p.national} kind="national" />
          {l && <Row label={`${l.name} (${l.state}, ${l.mac}:${l.locality})`} a={l} kind="locality" />}
        </tbody>
      </table>
      {!l && <p class="cl-muted">Pick your Medicare locality in ClaimLens options to see its amounts here.</p>}
      {p.notes.map((n) => (
        <p>{n}</p>
      ))}
      <p class="cl-source">
        Source: {formatSource(p.source)}, conversion factor {p.conversionFactor}
        {l ? `; GPCIs ${l.gpci.work} / ${l.gpci.pe} / ${l.gpci.mp} from ${formatSource(l.source)}` : ''}
      </p>
    </>
  );
}

function OppsPart({ details }: { details: CodeDetails }) {
  const o = details.report.payment?.opps;
  if (!o) return <p>OPPS: not in Addendum B (no data).</p>;
  return (
    <>
      <p data-payment="opps">
        Hospital outpatient (OPPS {o.year}): {o.rate === null ? o.note : <strong>{formatUsd(o.rate)}</strong>}
        {o.rate !== null ? ` (status ${o.statusIndicator})` : ''}
      </p>
      <p class="cl-source">Source: {formatSource(o.source)}</p>
    </>
  );
}

/** The payment section; hidden for a code no table lists (the report then has no payment). */
export function PaymentSection({ details, state }: Props) {
  if (!details.report.payment) return null;
  return (
    <DetailsSection id="payment" title="Payment (Medicare benchmark)" state={state('payment')}>
      <PfsPart details={details} />
      <OppsPart details={details} />
    </DetailsSection>
  );
}
