/**
 * The NCCI parts of the details view: add-on requirements, PTP / modifier 59 guidance (with the pairs found
 * on the page), and MUE units. Missing data is said to be missing, never shown as "no limit" or "fine".
 */
import type { MueValue } from '../lib/dataset/types';
import type { CodeDetails } from '../lib/messages';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';
import { maiWords, modifierIndicatorWords } from './indicator-words';
import { SourceLine } from './SourceLine';

type Props = { details: CodeDetails; state: (id: string) => SectionState | undefined };

export function AddOnSection({ details, state }: Props) {
  const r = details.report;
  const a = r.addOn;
  return (
    <DetailsSection id="addOn" title="Add-on requirements" state={state('addOn')}>
      {a.isAddOn ? (
        <>
          <p class="cl-addon">
            Add-on code (edit type {a.editType}).{' '}
            {a.primaries.length > 0 ? (
              <>
                Report it on the same claim as one of these primaries:{' '}
                <strong class="cl-primaries">{a.primaries.join(', ')}</strong>.
              </>
            ) : (
              <>The Medicare contractor decides which primaries it may be reported with.</>
            )}
          </p>
          {a.notes.map((n) => (
            <p class="cl-note">CMS note: {n}</p>
          ))}
        </>
      ) : r.addOns.length > 0 ? (
        <p>Not an add-on code. Add-on codes that list it as a primary: {r.addOns.join(', ')}.</p>
      ) : (
        <p>No add-on code edit names this code, as add-on or as primary.</p>
      )}
      <SourceLine source={a.source} />
    </DetailsSection>
  );
}

export function PtpSection({ details, state, onPage = true }: Props & { onPage?: boolean }) {
  const r = details.report;
  const { column1Count, column2Count } = r.ptp;
  const ind = details.column1Indicators;
  return (
    <DetailsSection id="ptp" title="Modifier 59 / X{EPSU} (NCCI PTP edits)" state={state('ptp')}>
      <p>
        In {column1Count} active edit{column1Count === 1 ? '' : 's'} as column 1 and {column2Count} as column 2.
        {column1Count > 0 && (
          <>
            {' '}
            Of the column 1 edits, {ind.modifierAllowed} can be bypassed with a modifier and {ind.noModifier} cannot.
          </>
        )}
      </p>
      {!onPage ? null : details.pagePairs.length > 0 ? (
        <ul class="cl-pairs" aria-label="PTP edits with other codes on this page">
          {details.pagePairs.map((e) => (
            <li data-pair={`${e.column1}-${e.column2}`}>
              <strong>{e.column1}</strong> (column 1) with <strong>{e.column2}</strong> (column 2): modifier indicator{' '}
              {e.modifierIndicator} — {modifierIndicatorWords(e.modifierIndicator)}.
              {e.rationale && <span class="cl-muted"> CMS rationale: {e.rationale}.</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="cl-muted">None of the other codes on this page forms an active PTP edit with it.</p>
      )}
      <SourceLine source={r.ptp.source} />
    </DetailsSection>
  );
}

function MueLine({ label, mue }: { label: string; mue: MueValue | null }) {
  if (!mue) return <li>{label}: no MUE in the table (no data; this does not mean units are unlimited).</li>;
  return (
    <li data-mue={label}>
      {label}: <strong class="cl-mue-units">MUE {mue.units}</strong> — {maiWords(mue.mai)}.
      {mue.rationale && <span class="cl-muted"> Rationale: {mue.rationale}.</span>}
      <SourceLine source={mue.source} />
    </li>
  );
}

export function MueSection({ details, state }: Props) {
  const m = details.report.mue;
  return (
    <DetailsSection id="mue" title="Units (MUE)" state={state('mue')}>
      <ul class="cl-mue">
        <MueLine label="Practitioner" mue={m.practitioner} />
        <MueLine label="Outpatient hospital" mue={m.outpatientHospital} />
      </ul>
    </DetailsSection>
  );
}
