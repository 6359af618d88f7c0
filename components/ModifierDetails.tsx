/**
 * Details of one modifier written on a claim line (page popover): what it says (CMS's Level II text, or
 * ClaimLens's own words for a CPT modifier), and for each NCCI PTP edit between its line and the claim's
 * other lines whether it bypasses that edit — with the tables and manual sections it rests on.
 */
import { formatSource } from '../lib/claim/format-source';
import type { ModifierPair, ModifierView, PairVerdict } from '../lib/modifiers/modifier-on-claim';

/** Words (and a symbol, never colour alone) for each verdict. */
const VERDICT: Record<PairVerdict, string> = {
  bypassed: '✓ bypasses',
  'not-bypassed': '✖ does not bypass',
  never: '✖ cannot bypass',
  'not-applicable': '– not applicable to',
};

function Pair({ p, code }: { p: ModifierPair; code: string }) {
  return (
    <li class="cl-mod-pair" data-verdict={p.verdict} data-code={p.code}>
      <strong class="cl-sev">{VERDICT[p.verdict]}</strong> the PTP edit of {code} with {p.code} (line {p.line}; column 1{' '}
      {p.column1}, column 2 {p.column2}, modifier indicator {p.indicator}). <span class="cl-muted">{p.reason}</span>
    </li>
  );
}

function OnClaim({ view }: { view: ModifierView }) {
  const m = view.report.modifier;
  if (!view.on)
    return (
      <p class="cl-mod-claim">
        The code it is written with is not a billed line of a claim here, so no PTP edit of this claim was checked.
      </p>
    );
  const { line, code } = view.on;
  return (
    <>
      <h3 class="cl-subhead">
        On this claim: line {line}, {code}
      </h3>
      {view.pairs.length === 0 ? (
        <p class="cl-mod-claim">
          No NCCI PTP edit between {code} and the claim's other lines, so {m} bypasses nothing here.
        </p>
      ) : (
        <ul class="cl-mod-pairs">
          {view.pairs.map((p) => (
            <Pair key={`${p.line}`} p={p} code={code} />
          ))}
        </ul>
      )}
    </>
  );
}

export function ModifierDetails({ view, headingId }: { view: ModifierView; headingId?: string }) {
  const r = view.report;
  return (
    <article class="cl-modifier" data-modifier={r.modifier}>
      <h2 id={headingId} class="cl-code-heading">
        Modifier {r.modifier}
        {r.short && <span class="cl-adjustment-label"> — {r.short}</span>}
      </h2>
      {r.status === 'terminated' && (
        <p class="cl-finding cl-error">
          <strong>Terminated</strong> on {r.terminatedOn}: not valid for services after that date.
        </p>
      )}
      <p class="cl-mod-text">{r.text ?? 'ClaimLens has no description of this modifier.'}</p>
      {r.label && (
        <p class="cl-source">
          {r.kind === 'cpt' ? r.label : `Source: ${r.label}`}
          {r.addedOn && `; in the HCPCS file since ${r.addedOn}`}
        </p>
      )}
      <OnClaim view={view} />
      <p class="cl-mod-ptp">{r.ptpNote}</p>
      <p class="cl-source">PTP edits: {formatSource(view.ptpSource)}</p>
      {r.documents.map((d) => (
        <p class="cl-source" key={`${d.document} ${d.section}`}>
          Policy: {d.document}, {d.section} (revised {d.asOf})
        </p>
      ))}
    </article>
  );
}
