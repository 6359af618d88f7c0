/**
 * Typical site of service (office / ASC / hospital outpatient / inpatient), derived from the PFS NA indicators
 * and OPPS status (lib/lookup/site-of-service.ts): the summary in the heading, then each setting with its reason
 * and the tables it rests on.
 */
import type { CodeDetails } from '../lib/messages';
import { SETTING_WORDS, typicalWords, VERDICT_WORDS } from '../lib/lookup/site-of-service';
import type { SectionState } from '../lib/settings/types';
import { DetailsSection } from './DetailsSection';
import { SourceLine } from './SourceLine';

type Props = { details: CodeDetails; state: (id: string) => SectionState | undefined };

export function SiteOfServiceSection({ details, state }: Props) {
  const s = details.report.siteOfService;
  if (!s) return null;
  const sources = [...new Map(s.lines.flatMap((l) => (l.source ? [[l.source.table, l.source]] : []))).values()];
  return (
    <DetailsSection
      id="siteOfService"
      title={`Typical site of service: ${typicalWords(s)}`}
      state={state('siteOfService')}
    >
      <ul>
        {s.lines.map((l) => (
          <li data-setting={l.setting}>
            {SETTING_WORDS[l.setting]}: <strong>{VERDICT_WORDS[l.verdict]}</strong> — {l.reason}
          </li>
        ))}
      </ul>
      {sources.map((src) => (
        <SourceLine source={src} />
      ))}
    </DetailsSection>
  );
}
