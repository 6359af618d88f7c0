/**
 * The NCCI parts of the details view, in billers' words: add-on requirements, bundling (PTP edits, as a
 * table of the partners on the page and the claim) and units (MUE, identical settings merged). Each section
 * ends with its sources. Missing data is said to be missing, never shown as "no limit" or "fine".
 */
import { mueRationaleWords } from '../lib/claim/plain-words';
import type { MueValue } from '../lib/dataset/types';
import type { CodeDetails } from '../lib/messages';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';
import { maiWords } from './indicator-words';
import { PtpTable } from './PtpTable';
import { SectionSources } from './SectionSources';

type Props = { details: CodeDetails; state: (id: string) => SectionState | undefined };

export function AddOnSection({ details, state }: Props) {
  const r = details.report;
  const a = r.addOn;
  if (!a.isAddOn) {
    return (
      <DetailsSection id="addOn" title="Add-on codes" state={state('addOn')}>
        {r.addOns.length > 0 ? (
          <details class="cl-why">
            <summary>
              Not an add-on itself; primary code for {r.addOns.length} add-on code{r.addOns.length === 1 ? '' : 's'}
            </summary>
            <p class="cl-addons">{r.addOns.join(', ')}</p>
          </details>
        ) : (
          <p>No add-on code edit names this code, as add-on or as primary.</p>
        )}
        <SectionSources sources={[a.source]} />
      </DetailsSection>
    );
  }
  return (
    <DetailsSection id="addOn" title="Add-on requirements" state={state('addOn')}>
      <p class="cl-addon">
        Add-on code (edit type {a.editType}).{' '}
        {a.primaries.length > 0 ? (
          <>
            Bill it on the same claim as one of these primaries:{' '}
            <strong class="cl-primaries">{a.primaries.join(', ')}</strong>.
          </>
        ) : (
          <>The Medicare contractor decides which primaries it may be reported with.</>
        )}
      </p>
      {a.notes.map((n) => (
        <p class="cl-note">CMS note: {n}</p>
      ))}
      <SectionSources sources={[a.source]} />
    </DetailsSection>
  );
}

/** `onPage` false (the popup): no page, so no table of page partners. */
export function PtpSection({ details, state, onPage = true }: Props & { onPage?: boolean }) {
  const r = details.report;
  const { column1Count, column2Count } = r.ptp;
  const ind = details.column1Indicators;
  const rows = details.verdict?.ptp ?? [];
  return (
    <DetailsSection id="ptp" title="Bundling (NCCI PTP)" state={state('ptp')}>
      <p class="cl-muted">
        In {column1Count} active edit{column1Count === 1 ? '' : 's'} as column 1 and {column2Count} as column 2
        {column1Count > 0
          ? `; ${ind.modifierAllowed} of the column 1 edits allow a modifier, ${ind.noModifier} do not`
          : ''}
        .
      </p>
      {!onPage ? null : rows.length > 0 ? (
        <PtpTable code={r.code} rows={rows} claim={!!details.verdict?.claim} />
      ) : (
        <p class="cl-muted">None of the other codes on this page or claim forms an active PTP edit with it.</p>
      )}
      <SectionSources sources={[r.ptp.source, ...rows.map((x) => x.source)]} />
    </DetailsSection>
  );
}

const sameMue = (a: MueValue | null, b: MueValue | null) =>
  !!a && !!b && a.units === b.units && a.mai === b.mai && a.rationale === b.rationale;

function MueLine({ label, id = label, mue }: { label: string; id?: string; mue: MueValue | null }) {
  if (!mue) return <li>{label}: no MUE in the table (no data; this does not mean units are unlimited).</li>;
  return (
    <li data-mue={id}>
      {label}: <strong class="cl-mue-units">MUE {mue.units}</strong> — {maiWords(mue.mai)}
      {mue.rationale ? `; ${mueRationaleWords(mue.rationale)}` : ''}.
    </li>
  );
}

export function MueSection({ details, state }: Props) {
  const m = details.report.mue;
  const merged = sameMue(m.practitioner, m.outpatientHospital);
  const sources = [m.practitioner, m.outpatientHospital].flatMap((v) =>
    v ? [v.source, ...(v.rationaleSource ? [v.rationaleSource] : [])] : [],
  );
  return (
    <DetailsSection id="mue" title="Units (MUE)" state={state('mue')}>
      <ul class="cl-mue">
        {merged ? (
          <MueLine label="Practitioner and outpatient hospital" id="Practitioner" mue={m.practitioner} />
        ) : (
          <>
            <MueLine label="Practitioner" mue={m.practitioner} />
            <MueLine label="Outpatient hospital" mue={m.outpatientHospital} />
          </>
        )}
      </ul>
      <SectionSources sources={sources} />
    </DetailsSection>
  );
}
