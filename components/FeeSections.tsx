/** PFS indicators and the OPPS status indicator, in words, each with its source. */
import type { CodeDetails } from '../lib/messages';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';
import { bilateralWords, globalDaysWords, multipleProcedureWords, pfsStatusWords } from './indicator-words';
import { SourceLine } from './SourceLine';

type Props = { details: CodeDetails; state: (id: string) => SectionState | undefined };

export function PfsSection({ details, state }: Props) {
  const p = details.report.pfs;
  return (
    <DetailsSection id="pfs" title="Physician fee schedule indicators" state={state('pfs')}>
      {p ? (
        <>
          <ul>
            <li>
              Status {p.status}: {pfsStatusWords(p.status)}
            </li>
            <li>
              Global days {p.globalDays}: {globalDaysWords(p.globalDays)}
            </li>
            <li>
              Bilateral {p.bilateral}: {bilateralWords(p.bilateral)}
            </li>
            <li>
              Multiple procedure {p.multipleProcedure}: {multipleProcedureWords(p.multipleProcedure)}
            </li>
          </ul>
          <SourceLine source={p.source} />
        </>
      ) : (
        <p>Not in the fee schedule file (no data).</p>
      )}
    </DetailsSection>
  );
}

export function OppsSection({ details, state }: Props) {
  const o = details.report.opps;
  return (
    <DetailsSection id="opps" title="Hospital outpatient (OPPS)" state={state('opps')}>
      {o ? (
        <>
          <p>
            Status indicator <strong>{o.statusIndicator}</strong>
            {o.meaning ? `: ${o.meaning}` : ' (not in the legend)'}
            {o.paid ? ` — paid under OPPS: ${o.paid.toLowerCase()}` : ''}.
          </p>
          <SourceLine source={o.source} />
        </>
      ) : (
        <p>Not in OPPS Addendum B (no data).</p>
      )}
    </DetailsSection>
  );
}
