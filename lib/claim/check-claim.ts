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
 * Each setting is checked against its own PTP table. ClaimLens bundles only the practitioner one: on
 * outpatient hospital claims the PTP rules run only when the user imported outpatient hospital edits
 * (lib/data-update/), and are otherwise reported in `notChecked`; the PFS bilateral rules never run there. An empty `findings`
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
  // Each setting's own PTP table: practitioner always, outpatient hospital only when the user imported one.
  const ptp = dataset.ptpFor(setting);
  const ctx: RuleContext = {
    lines,
    dataset,
    setting,
    dateOfService,
    usable,
    byCode,
    notChecked: (e) => notChecked.push(e),
    ptpEdits: () => (edits ??= !ptp || byCode.size < 2 ? [] : ptp.among([...byCode.keys()], dateOfService)),
    ptpSource: ptp?.source ?? null,
  };
  const rules: Rule[] = [unknownCodeRule, terminatedCodeRule, addOnWithoutPrimaryRule, mueExceededRule];
  if (ptp) rules.push(ptpPairRule, modifier59NotNeededRule);
  else notChecked.push(...outpatientPtpNotChecked(dataset));
  if (setting === 'practitioner') rules.push(bilateralRule);
  else
    notChecked.push({
      rule: 'modifier-50-not-allowed',
      codes: [],
      reason: 'bilateral indicators come from the Physician Fee Schedule, which prices practitioner claims only',
    });
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
  if (ptp) used.push(ptp.source.table);
  if (setting === 'practitioner') used.push('muePractitioner2026', 'pfs');
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

/**
 * Why the PTP rules did not run on an outpatient hospital claim: ClaimLens bundles only the practitioner edits
 * (README "The data"), which do not apply to hospital claims, so the user is told what would let them run.
 */
function outpatientPtpNotChecked(dataset: Dataset): NotChecked[] {
  const bundled = dataset.source('ptp');
  const what =
    "import the CMS outpatient hospital PTP files (ccioph-v###r0-f1 to f4, all four) in the extension's options, Update data from CMS files (the command-line tool does not read imported tables)";
  return [
    {
      rule: 'ptp-pair',
      codes: [],
      reason: `NCCI PTP edits were not checked for this outpatient hospital claim: ClaimLens has no outpatient hospital PTP table (its PTP table, ${bundled.title}, as of ${bundled.asOf}, is for practitioner claims). To check code pairs, ${what}.`,
    },
    {
      rule: 'modifier-59-not-needed',
      codes: [],
      reason: `needs the outpatient hospital PTP edits, which ClaimLens does not have: ${what}`,
    },
  ];
}

/** Known, and not terminated before the date of service (a code ends after its termination date). */
function usableOn(dataset: Dataset, code: string, dateOfService: string): boolean {
  const info = dataset.info(code);
  if (!info) return false;
  if (info.terminatedOn) return dateOfService <= info.terminatedOn;
  return info.status === 'active';
}
