/**
 * `unknown-code`: a code no bundled CMS table lists. `terminated-code`: a code whose end date is before
 * the claim's date of service (or one CMS marks discontinued without a date).
 *
 * Unknown is a warning, not an error: the bundled tables have as-of dates, and a code newer than
 * them is not invalid. Terminated is an error: the code was not valid on the date of service.
 */
import { formatSource } from '../format-source';
import type { SourceRef, TableId } from '../../dataset/types';
import type { RuleContext } from '../rule-context';
import type { TerminatedCodeFinding, UnknownCodeFinding } from '../types';

/** Tables whose code lists define which codes exist. */
const CODE_LIST_TABLES: TableId[] = ['pfs', 'opps', 'hcpcs', 'muePractitioner', 'mueOutpatientHospital'];

/** Calls `judge` once per distinct code; later lines of the same code join its finding. */
function perCode<F extends { lines: number[] }>(
  ctx: RuleContext,
  judge: (code: string, line: number) => F | undefined,
) {
  const findings: F[] = [];
  const seen = new Map<string, F | null>();
  ctx.lines.forEach((line, i) => {
    const prior = seen.get(line.code);
    if (prior !== undefined) {
      prior?.lines.push(i);
      return;
    }
    const finding = judge(line.code, i) ?? null;
    seen.set(line.code, finding);
    if (finding) findings.push(finding);
  });
  return findings;
}

/** Finds unknown codes, one finding per distinct code. */
export function unknownCodeRule(ctx: RuleContext): UnknownCodeFinding[] {
  return perCode(ctx, (code, i) => {
    if (ctx.dataset.info(code)) return undefined;
    const source: SourceRef[] = CODE_LIST_TABLES.map((t) => ctx.dataset.source(t));
    return {
      rule: 'unknown-code',
      severity: 'warning',
      codes: [code],
      lines: [i],
      status: 'unknown',
      source,
      message: `${code} is not in any bundled CMS table (${source.map(formatSource).join('; ')}). Check it for a typo; if it is newer than these tables, confirm it is valid for the date of service. No other check could be run on it.`,
    };
  });
}

/** Finds codes terminated before the date of service, one finding per distinct code. */
export function terminatedCodeRule(ctx: RuleContext): TerminatedCodeFinding[] {
  const dos = ctx.dateOfService;
  return perCode(ctx, (code, i) => {
    const info = ctx.dataset.info(code);
    if (!info) return undefined;
    const ended = info.terminatedOn ? info.terminatedOn < dos : info.status === 'terminated';
    if (!ended) return undefined;
    return {
      rule: 'terminated-code',
      severity: 'error',
      codes: [code],
      lines: [i],
      status: 'terminated',
      dateOfService: dos,
      ...(info.terminatedOn ? { terminatedOn: info.terminatedOn } : {}),
      source: info.tables.map((t) => ctx.dataset.source(t)),
      message: info.terminatedOn
        ? `${code} was terminated on ${info.terminatedOn}, before the date of service ${dos}: it is not a valid code for this claim. Report the code that replaced it.`
        : `${code} is marked discontinued (OPPS status D) with no end date; it is not valid for new claims. Report the code that replaced it.`,
    };
  });
}
