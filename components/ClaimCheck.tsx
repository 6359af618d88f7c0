/**
 * "Check this claim" in the keyboard panel (widened while it shows a check): the summary first, which lines
 * were read from where, then the findings grouped under the line they affect with duplicates merged and long
 * explanations collapsed (lib/claim/finding-groups.ts), and what was not checked. An empty finding list is
 * said in full ("No NCCI add-on, PTP, MUE or bilateral problems found…", with the tables' as-of dates) and
 * never as a bare "OK"; payer-specific rules are always named as unchecked.
 */
import type { CheckResult, ClaimLine } from '../lib/claim/types';
import type { MueSetting, SourceRef } from '../lib/dataset/types';
import type { SkippedCode } from '../lib/page/claim-lines';
import { groupFindings, type LineGroup } from '../lib/claim/finding-groups';
import { ClaimCheckFinding, SeverityWord } from './ClaimCheckFinding';
import { DataNotices } from './DataNotices';

/** Where the lines came from: the user's selection, the row group of the code pointed at, or the whole page. */
export type ClaimScope = { kind: 'selection' } | { kind: 'rowGroup'; code: string } | { kind: 'page' };

/** What the panel shows for one check. */
export interface ClaimCheckState {
  scope: ClaimScope;
  lines: ClaimLine[];
  /** Page codes in the region that were not sent (written ranges, unreadable units, over the cap). */
  skipped: SkippedCode[];
  answer:
    | { kind: 'loading' }
    | { kind: 'error'; message: string }
    | { kind: 'ready'; result: CheckResult; tables: SourceRef[] };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Checked 4 lines from your selection" (or "Checking…" while the answer is on its way). */
export function scopeSentence(s: ClaimCheckState): string {
  const verb = s.answer.kind === 'loading' ? 'Checking' : 'Checked';
  const n = plural(s.lines.length, 'line');
  if (s.scope.kind === 'selection') return `${verb} ${n} from your selection.`;
  if (s.scope.kind === 'rowGroup')
    return `${verb} ${n} from the table section around ${s.scope.code} (no codes were selected).`;
  return `${verb} ${n}: every code on this page (no codes were selected and no code was pointed at).`;
}

function lineText(l: ClaimLine): string {
  return `${l.code}${l.modifiers.map((m) => `-${m}`).join('')} ×${l.units}`;
}

/** The checks that ran: an outpatient hospital claim has no bilateral check, and PTP only with imported edits. */
function checksRun(result: CheckResult): string {
  if (result.setting === 'practitioner') return 'NCCI add-on, PTP, MUE or bilateral';
  return result.notChecked.some((n) => n.rule === 'ptp-pair') ? 'NCCI add-on or MUE' : 'NCCI add-on, PTP or MUE';
}

const SETTING_WORDS = { practitioner: 'a practitioner claim', outpatientHospital: 'an outpatient hospital claim' };

/** Which claim the lines were checked as, and the switch to the other (it checks the same lines again). */
function SettingLine({ setting, onSetting }: { setting: MueSetting; onSetting?(s: MueSetting): void }) {
  const other: MueSetting = setting === 'practitioner' ? 'outpatientHospital' : 'practitioner';
  return (
    <p class="cl-claim-setting" data-setting={setting}>
      Checked as {SETTING_WORDS[setting]}.{' '}
      {onSetting && (
        <button type="button" class="cl-claim-setting-switch" onClick={() => onSetting(other)}>
          Check as {SETTING_WORDS[other]}
        </button>
      )}
    </p>
  );
}

function Clean({ result, tables }: { result: CheckResult; tables: SourceRef[] }) {
  const asOf = tables.map((t) => `${t.title} as of ${t.asOf}`).join('; ');
  const count = result.lines.length;
  return (
    <p class="cl-claim-clean" data-clean="">
      No {checksRun(result)} problems found among these {plural(count, 'line')}
      {asOf ? ` (tables: ${asOf})` : ''}. Payer-specific rules are not checked.
    </p>
  );
}

function Group({ g, lines }: { g: LineGroup; lines: ClaimLine[] }) {
  return (
    <li class="cl-claim-group" data-line={g.line + 1} data-code={g.code} data-worst={g.worst}>
      <h3 class="cl-claim-group-head">
        {g.line >= 0 ? `Line ${g.line + 1} · ${lineText(lines[g.line])}` : 'Whole claim'}{' '}
        <SeverityWord severity={g.worst} />
      </h3>
      <ul class="cl-claim-findings">
        {g.items.map((item) => (
          <ClaimCheckFinding item={item} key={`${item.rule} ${item.codes.join(' ')} ${item.severity}`} />
        ))}
      </ul>
    </li>
  );
}

/** The findings, one group per affected line, then the lines with none. */
function Findings({ lines, result }: { lines: ClaimLine[]; result: CheckResult }) {
  const grouped = groupFindings(lines, result.findings);
  return (
    <>
      <ol class="cl-claim-groups" aria-label="Findings by line">
        {grouped.groups.map((g) => (
          <Group g={g} lines={lines} key={g.line} />
        ))}
      </ol>
      {grouped.clean.length > 0 && (
        <p class="cl-claim-clean-lines">
          No finding on line{grouped.clean.length === 1 ? '' : 's'}{' '}
          {grouped.clean.map((i) => `${i + 1} (${lines[i].code})`).join(', ')}.
        </p>
      )}
    </>
  );
}

export function ClaimCheck({
  state,
  onClose,
  onSetting,
}: {
  state: ClaimCheckState;
  onClose(): void;
  onSetting?(setting: MueSetting): void;
}) {
  const a = state.answer;
  return (
    <section class="cl-claim" aria-label="Claim check" data-state={a.kind} data-scope={state.scope.kind}>
      <div class="cl-toolbar">
        <span class="cl-brand">Claim check</span>
        <button type="button" class="cl-close" aria-label="Close claim check" onClick={onClose}>
          ×
        </button>
      </div>
      {a.kind === 'ready' && a.result.findings.length > 0 && (
        <p class="cl-claim-summary">
          {groupFindings(a.result.lines, a.result.findings).summary} Payer-specific rules are not checked.
        </p>
      )}
      <p class="cl-claim-scope" role="status">
        {scopeSentence(state)}
      </p>
      {state.lines.length > 0 && (
        <ol class="cl-claim-lines" aria-label="Lines checked">
          {state.lines.map((l) => (
            <li data-code={l.code}>{lineText(l)}</li>
          ))}
        </ol>
      )}
      {a.kind === 'error' && (
        <p class="cl-claim-error" role="alert">
          {a.message}
        </p>
      )}
      {a.kind === 'ready' && <SettingLine setting={a.result.setting} onSetting={onSetting} />}
      {a.kind === 'ready' && <DataNotices notices={a.result.notices} />}
      {a.kind === 'ready' &&
        (a.result.findings.length === 0 ? (
          <Clean result={a.result} tables={a.tables} />
        ) : (
          <Findings lines={a.result.lines} result={a.result} />
        ))}
      {a.kind === 'ready' && a.result.notChecked.length > 0 && (
        <div class="cl-claim-notchecked">
          <p>
            <strong>Not checked</strong> (no finding here does not mean no problem):
          </p>
          <ul>
            {a.result.notChecked.map((n) => (
              <li data-rule={n.rule}>
                {n.codes.length ? `${n.codes.join(', ')}: ` : ''}
                {n.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.skipped.length > 0 && (
        <div class="cl-claim-skipped">
          <p>
            <strong>Codes on the page not sent to the check:</strong>
          </p>
          <ul>
            {state.skipped.map((s) => (
              <li data-code={s.code}>
                {s.code}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
