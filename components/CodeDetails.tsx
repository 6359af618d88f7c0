/**
 * The one details view of a code, shared by the in-page popover and the popup: identity and descriptor,
 * add-on requirements, modifier 59 / PTP guidance, MUE, fee-schedule and OPPS indicators, payer notes and
 * claim-check findings. Renders text only (no HTML from data), and says "no data" where data is missing.
 */
import { useState } from 'preact/hooks';
import type { CodeDetails as Details } from '../lib/messages';
import type { SectionState } from '../lib/settings/types';
import { PfsSection, OppsSection } from './FeeSections';
import { PaymentSection } from './PaymentSection';
import { FindingsSection } from './FindingsSection';
import { OrgNotes } from './OrgNotes';
import { PayerNotes } from './PayerNotes';
import { SiteOfServiceSection } from './SiteOfService';
import { DataNotices } from './DataNotices';
import { AddOnSection, MueSection, PtpSection } from './RuleSections';
import { SummarySection } from './SummarySection';
import { VerdictStrip } from './VerdictStrip';

export interface CodeDetailsProps {
  details: Details;
  /** Section id → shown / collapsed / hidden (the user's preference); missing ids are shown. */
  sections?: Record<string, SectionState>;
  /** Id of the heading, so a surrounding dialog can point `aria-labelledby` at it. */
  headingId?: string;
  /** Copies text; defaults to the async clipboard API. */
  copy?: (text: string) => Promise<void>;
  /** False where no page is behind the view (the popup): nothing is said about "other codes on the page". */
  onPage?: boolean;
}

function defaultCopy(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

function Descriptor({ details }: { details: Details }) {
  const r = details.report;
  if (!r.known) return <p class="cl-descriptor">This code is not in the bundled CMS tables (no data).</p>;
  if (r.descriptor) {
    return (
      <div class="cl-descriptor">
        <p data-kind={r.descriptor.kind}>{r.descriptor.text}</p>
        <p class="cl-source">{r.descriptor.source}</p>
      </div>
    );
  }
  return (
    <p class="cl-descriptor cl-no-descriptor">
      {r.system === 'CPT'
        ? 'No descriptor bundled for this CPT code: CPT descriptors are licensed by the AMA. Import your licensed descriptor file in ClaimLens options to see it here.'
        : 'No descriptor in the bundled HCPCS file for this code (no data).'}
      {r.category ? ` Category: ${r.category}.` : ''}
    </p>
  );
}

/** Renders the details of one code; see the module comment. */
export function CodeDetails({
  details,
  sections = {},
  headingId,
  copy = defaultCopy,
  onPage = true,
}: CodeDetailsProps) {
  const r = details.report;
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const state = (id: string): SectionState | undefined => sections[id];
  const onCopy = () =>
    copy(r.code).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div class="cl-details" data-code={r.code}>
      <header class="cl-head">
        <h2 id={headingId} class="cl-code">
          {r.code}
        </h2>
        <span class="cl-system">
          {r.system ?? 'unknown system'}
          {r.addOn.isAddOn ? ' · add-on' : ''}
        </span>
        <button type="button" class="cl-copy" onClick={onCopy} aria-label={`Copy code ${r.code}`}>
          {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
      </header>
      <VerdictStrip verdict={details.verdict} />
      <DataNotices notices={r.notices} collapsed />
      {r.category && <p class="cl-category">Category: {r.category}</p>}
      {r.status === 'terminated' && (
        <p class="cl-warning">
          Terminated{r.terminatedOn ? ` on ${r.terminatedOn}` : ''}: not billable for later dates of service.
        </p>
      )}
      <Descriptor details={details} />
      {r.known && (
        <>
          <FindingsSection findings={details.findings} state={state('findings')} />
          <AddOnSection details={details} state={state} />
          <PtpSection details={details} state={state} onPage={onPage} />
          <MueSection details={details} state={state} />
          <PaymentSection details={details} state={state} />
          <PfsSection details={details} state={state} />
          <OppsSection details={details} state={state} />
          <SiteOfServiceSection details={details} state={state} />
          <SummarySection report={r} state={state('summary')} />
        </>
      )}
      <PayerNotes notes={r.payerNotes} payers={details.payers} state={state('payerNotes')} />
      <OrgNotes notes={r.orgNotes} state={state('orgNotes')} />
      <p class="cl-source cl-version">Data version {details.datasetVersion}</p>
    </div>
  );
}
