/**
 * The claim check: runs every rule over the lines of one claim (one date of service).
 */
import type { Dataset, PtpEdit } from '../dataset/types';
import { groupLinesByCode, type Rule, type RuleContext } from './rule-context';
import { addOnWithoutPrimaryRule } from './rules/addon-without-primary';
import { bilateralRule } from './rules/bilateral';
import { modifier59NotNeededRule } from './rules/modifier-59-not-needed';
import { mueExceededRule } from './rules/mue-exceeded';
import { ptpPairRule } from './rules/ptp-pair';
import { terminatedCodeRule, unknownCodeRule } from './rules/unknown-code';
import { todayIso } from '../dataset/dates';
import { ptpDatesUnknownNotice, staleNotices } from '../dataset/staleness';
import type { TableId } from '../dataset/types';
import { summarizeFindings } from './summary';
import type { CheckOptions, CheckResult, ClaimLine, Finding, NotChecked } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks the lines of one claim for one date of service against the bundled NCCI, MUE and PFS data.
 *
 * The PTP table bundled is the practitioner one, so on outpatient hospital claims the PTP rules are
 * reported in `notChecked` instead of run; likewise the PFS bilateral rules. An empty `findings`
 * list only means none of the checks that ran found anything — read `notChecked` alongside it.
 *
 * @param lines claim lines, e.g. from {@link parseClaimLines}.
 */
export function checkClaim(lines: readonly ClaimLine[], dataset: Dataset, options: CheckOptions = {}): CheckResult {
  const setting = options.setting ?? 'practitioner';
  const notChecked: NotChecked[] = [];
  const dateOfService = options.dateOfService ?? options.today ?? todayIso();
  const usable: boolean[] = [];
  for (const l of lines) usable.push(usableOn(dataset, l.code, dateOfService));
  const byCode = groupLinesByCode(lines, usable);
  let edits: PtpEdit[] | undefined;
  const ctx: RuleContext = {
    lines,
    dataset,
    setting,
    dateOfService,
    usable,
    byCode,
    notChecked: (e) => notChecked.push(e),
    ptpEdits: () => (edits ??= byCode.size < 2 ? [] : dataset.ptpAmong([...byCode.keys()], dateOfService)),
  };
  const rules: Rule[] = [unknownCodeRule, terminatedCodeRule, addOnWithoutPrimaryRule, mueExceededRule];
  if (setting === 'practitioner') {
    rules.push(ptpPairRule, modifier59NotNeededRule, bilateralRule);
  } else {
    const ptp = dataset.source('ptp');
    notChecked.push(
      {
        rule: 'ptp-pair',
        codes: [],
        reason: `the bundled PTP table is ${ptp.title} (as of ${ptp.asOf}); hospital outpatient PTP edits are not bundled, so code pairs were not checked`,
      },
      {
        rule: 'modifier-59-not-needed',
        codes: [],
        reason: 'needs the hospital outpatient PTP edits, which are not bundled',
      },
      {
        rule: 'modifier-50-not-allowed',
        codes: [],
        reason: 'bilateral indicators come from the Physician Fee Schedule, which prices practitioner claims only',
      },
    );
  }
  if (options.payer && options.payer.toLowerCase() !== 'medicare') {
    notChecked.push({
      rule: 'payer-policy',
      codes: [],
      reason: `these checks apply Medicare NCCI, MUE and PFS data; ${options.payer}'s own edits and policies were not checked`,
    });
  }
  const findings: Finding[] = rules.flatMap((rule) => rule(ctx));
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.lines[0] ?? 0) - (b.lines[0] ?? 0),
  );
  const used: TableId[] = ['aoc', 'hcpcs', setting === 'practitioner' ? 'muePractitioner' : 'mueOutpatientHospital'];
  if (setting === 'practitioner') used.push('ptp', 'muePractitioner2026', 'pfs');
  const notices = [
    ...staleNotices(dataset.meta, used, dateOfService, options.dateOfService === undefined),
    ...(setting === 'practitioner' && !dataset.ptpDatesKnown ? [ptpDatesUnknownNotice(dataset.meta)] : []),
  ];
  return {
    setting,
    dateOfService,
    lines: [...lines],
    findings,
    summary: summarizeFindings(findings),
    notChecked,
    notices,
  };
}

/** Known, and not terminated before the date of service (a code ends after its termination date). */
function usableOn(dataset: Dataset, code: string, dateOfService: string): boolean {
  const info = dataset.info(code);
  if (!info) return false;
  if (info.terminatedOn) return dateOfService <= info.terminatedOn;
  return info.status === 'active';
}
