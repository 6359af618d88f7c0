/**
 * Details of one claim adjustment reason code (with its group) or remark code, shared by the popup
 * and the page popover: who owes the amount, what the code means in ClaimLens's words, the likely
 * cause among the claim's codes when known, what usually causes it and what to do, with sources.
 */
import { APPEALABLE_TEXT } from '../lib/denials/appealable';
import type { AdjustmentView } from '../lib/denials/view';
import type { ExplanationSource } from '../lib/denials/types';

function SourceItem({ s }: { s: ExplanationSource }) {
  const url = /^https:\/\//.test(s.url) ? s.url : undefined;
  return (
    <li>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ) : (
        `${s.title} (${s.url})`
      )}
      {s.documentDate && `, page dated ${s.documentDate}`}, checked {s.dateChecked}
    </li>
  );
}

export function AdjustmentDetails({ view, headingId }: { view: AdjustmentView; headingId?: string }) {
  const e = view.explanation;
  const official = view.officialList;
  return (
    <article class="cl-adjustment" data-adjustment={view.display}>
      <h2 id={headingId} class="cl-code-heading">
        {view.display}
        {e && <span class="cl-adjustment-label"> — {e.label}</span>}
      </h2>
      <p class="cl-muted">ClaimLens wording, not the official X12 text.</p>
      {view.group && (
        <p class="cl-adjustment-group" data-group={view.group.code}>
          <strong>
            {view.group.code} ({view.group.label})
          </strong>
          : {view.group.meaning}
        </p>
      )}
      {e ? <p class="cl-adjustment-meaning">{e.meaning}</p> : <p class="cl-adjustment-meaning">{view.noExplanation}</p>}
      {view.cause && (
        <p class="cl-adjustment-cause" data-rule={view.cause.rule ?? 'none'}>
          {view.cause.detail}
        </p>
      )}
      {view.remarks && view.remarks.length > 0 && (
        <ul class="cl-adjustment-remarks">
          {view.remarks.map((r) => (
            <li key={r.code}>
              Remark {r.code}: {r.label}
            </li>
          ))}
        </ul>
      )}
      {e && (
        <>
          <h3 class="cl-subhead">Usually caused by</h3>
          <ul>
            {e.causes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <h3 class="cl-subhead">What to do</h3>
          <ul>
            {e.actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          {e.appealable && <p class="cl-adjustment-appeal">Appeal: {APPEALABLE_TEXT[e.appealable]}.</p>}
          {view.generalGuidance && (
            <p class="cl-verify">General billing practice, not a payer rule: check the payer’s own instructions.</p>
          )}
        </>
      )}
      <div class="cl-source">
        Sources:
        <ul>
          {view.sources.map((s) => (
            <SourceItem key={s.url} s={s} />
          ))}
          {view.sources.length === 0 && <SourceItem s={official} />}
        </ul>
      </div>
    </article>
  );
}
