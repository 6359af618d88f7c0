/**
 * `unknown-code`: a code no bundled CMS table lists, or one a table marks as terminated.
 *
 * Unknown is a warning, not an error: the bundled tables have as-of dates, and a code newer than
 * them is not invalid. Terminated is an error: the code's end date has passed.
 */
import type { SourceRef, TableId } from '../../dataset/types';
import type { RuleContext } from '../rule-context';
import type { UnknownCodeFinding } from '../types';

/** Tables whose code lists define which codes exist. */
const CODE_LIST_TABLES: TableId[] = ['pfs', 'opps', 'hcpcs', 'muePractitioner', 'mueOutpatientHospital'];

/** Finds unknown and terminated codes, one finding per distinct code. */
export function unknownCodeRule(ctx: RuleContext): UnknownCodeFinding[] {
  const findings: UnknownCodeFinding[] = [];
  const seen = new Map<string, UnknownCodeFinding>();
  ctx.lines.forEach((line, i) => {
    const prior = seen.get(line.code);
    if (prior) {
      prior.lines.push(i);
      return;
    }
    const info = ctx.dataset.info(line.code);
    let finding: UnknownCodeFinding | undefined;
    if (!info) {
      const source: SourceRef[] = CODE_LIST_TABLES.map((t) => ctx.dataset.source(t));
      finding = {
        rule: 'unknown-code',
        severity: 'warning',
        codes: [line.code],
        lines: [i],
        status: 'unknown',
        source,
        message: `${line.code} is not in any bundled CMS table (${source.map((s) => `${s.title}, as of ${s.asOf}`).join('; ')}). Check it for a typo; if it is newer than these tables, confirm it is valid for the date of service. No other check could be run on it.`,
      };
    } else if (info.status === 'terminated') {
      finding = {
        rule: 'unknown-code',
        severity: 'error',
        codes: [line.code],
        lines: [i],
        status: 'terminated',
        terminatedOn: info.terminatedOn,
        source: info.tables.map((t) => ctx.dataset.source(t)),
        message: `${line.code} was terminated${info.terminatedOn ? ` on ${info.terminatedOn}` : ''}; for a date of service after that it is not a valid code. Report the code that replaced it.`,
      };
    }
    if (finding) {
      seen.set(line.code, finding);
      findings.push(finding);
    }
  });
  return findings;
}
