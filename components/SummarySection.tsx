/**
 * The ClaimLens plain-language summary of a code, in the details view: what is done, the unit, where it is
 * usually billed, what the record should show, how it differs from its neighbours, and the dated public
 * documents it rests on. The summary's own line is shown here only when the descriptor is another text
 * (HCPCS Level II codes keep CMS's wording as the descriptor). Text only, never HTML; links only for https.
 */
import type { CodeReport } from '../lib/lookup/code-report';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';

/** The summary fields the view reads (the report carries the whole record, see lib/editorial/types.ts). */
export interface SummaryView {
  summary: string;
  whatIsDone: string;
  unit: string;
  imagingIncluded?: string;
  typicalSettings?: string[];
  documentation?: string[];
  distinguishes?: string;
  note?: string;
  replacedBy?: string;
  sources?: { title: string; url: string; date: string; section?: string }[];
  writtenOn?: string;
}

const SETTING_WORDS: Record<string, string> = {
  office: 'office',
  asc: 'ambulatory surgery center',
  'hospital-outpatient': 'hospital outpatient',
  'hospital-inpatient': 'hospital inpatient',
};

/** The report's summary when it has the fields the view needs; anything else is ignored. */
export function summaryOfReport(r: CodeReport): SummaryView | undefined {
  const s = r.summary as Partial<SummaryView> | undefined;
  return s && typeof s.whatIsDone === 'string' && typeof s.summary === 'string' ? (s as SummaryView) : undefined;
}

function SourceItem({ s }: { s: NonNullable<SummaryView['sources']>[number] }) {
  const title = /^https:\/\//.test(s.url) ? (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {s.title}
    </a>
  ) : (
    s.title
  );
  return (
    <li>
      {title}
      {s.section ? `, ${s.section}` : ''}, dated {s.date}
    </li>
  );
}

export function SummarySection({ report, state }: { report: CodeReport; state: SectionState | undefined }) {
  const s = summaryOfReport(report);
  if (!s) return null;
  const settings = (s.typicalSettings ?? []).map((t) => SETTING_WORDS[t] ?? t).join(', ');
  const imaging =
    s.imagingIncluded === 'yes' ? 'included in the code' : s.imagingIncluded === 'no' ? 'not included' : '';
  return (
    <DetailsSection id="summary" title="What is done (ClaimLens summary)" state={state}>
      {report.descriptor?.kind !== 'plain-language-summary' && <p class="cl-summary-line">{s.summary}</p>}
      <dl class="cl-summary-facts">
        <dt>Unit</dt>
        <dd>{s.unit}</dd>
        {imaging && (
          <>
            <dt>Imaging guidance</dt>
            <dd>{imaging}</dd>
          </>
        )}
        {settings && (
          <>
            <dt>Typical setting</dt>
            <dd>{settings}</dd>
          </>
        )}
        {s.replacedBy && (
          <>
            <dt>Replaced by</dt>
            <dd>{s.replacedBy}</dd>
          </>
        )}
      </dl>
      {/* The longer reading stays one click away, so the popover keeps its verdict-first height. */}
      <details class="cl-why cl-summary-more">
        <summary>What is done, documentation{s.note ? ' and notes' : ''}</summary>
        <p class="cl-what">{s.whatIsDone}</p>
        {s.distinguishes && <p class="cl-distinguishes">{s.distinguishes}</p>}
        {s.note && <p class="cl-summary-note">{s.note}</p>}
        {!!s.documentation?.length && (
          <>
            <p class="cl-doc-head">Documentation should show:</p>
            <ul class="cl-documentation">
              {s.documentation.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
          </>
        )}
      </details>
      <p class="cl-source">
        ClaimLens plain-language summary{s.writtenOn ? `, written ${s.writtenOn}` : ''} (not the official descriptor).
        Sources:
      </p>
      <ul class="cl-source cl-summary-sources">
        {(s.sources ?? []).map((src) => (
          <SourceItem s={src} />
        ))}
      </ul>
    </DetailsSection>
  );
}
