/**
 * Ties a denial on a remittance line to the claim-check finding that explains it, using the line's
 * code, modifiers and units and the claim's other lines for the same date of service. A cause is
 * reported only when a finding (or a table fact) supports it; otherwise the text says that no edit
 * among the claim's codes explains the denial — never a guess presented as fact.
 */
import { formatSource } from '../claim/format-source';
import type { AddOnFinding, CheckResult, Finding, MueFinding, PtpFinding, TerminatedCodeFinding } from '../claim/types';
import type { Dataset, MueSetting } from '../dataset/types';
import { explainReason, explainRemark } from './explanations';
import type { LinkedRule } from './types';

/** Rule ids a cause may name (the JSON `cause.rule`); null when no rule explains it. */
export type CauseRule = 'ptp-pair' | 'addon-without-primary' | 'mue-exceeded' | 'terminated-code' | null;

/** Why a line was adjusted, as far as the claim's own codes show. */
export interface DenialCause {
  rule: CauseRule;
  /** Codes involved, the denied line's code last. */
  codes: string[];
  /** Our words, naming the lines, the edit and its table's as-of date. */
  detail: string;
}

/** Text used when nothing among the claim's codes explains the denial. */
export const NO_EDIT_EXPLAINS = "No edit among this claim's codes explains this denial.";

/** What the cause finder needs about one claim (one date of service). */
export interface CauseContext {
  /** The claim check of the claim's lines for this date of service. */
  check: CheckResult;
  /** Claim line number (1-based) of each checked line, for messages. */
  lineNumbers: readonly number[];
  /** Per checked line: false when the remittance gave no usable units (checked as 1, MUE not judged). */
  unitsKnown?: readonly boolean[];
  dataset: Dataset;
  setting: MueSetting;
}

/**
 * Reason codes whose meaning rests on the remark codes beside them (a non-covered charge, a billing
 * error, a limit reached): their remarks may point to an edit. Other reasons (CO-45, PR-2) keep
 * their own meaning even when the same line carries, say, N362 for another adjustment.
 */
const REMARK_CARRIERS = new Set(['16', '35', '96', '119', '125', '272', '273', 'A1']);

/** The claim-check rules a reason code and its remark codes point to, in order of preference. */
export function linkedRules(reason: string, remarks: readonly string[]): LinkedRule[] {
  const out: LinkedRule[] = [];
  const add = (r: LinkedRule | undefined) => {
    if (r && !out.includes(r)) out.push(r);
  };
  const own = explainReason(reason);
  add(own.explanation?.linksTo);
  if (out.length || REMARK_CARRIERS.has(own.code) || !own.explanation)
    for (const r of remarks) add(explainRemark(r).explanation?.linksTo);
  // A bundling denial on an add-on is as often its missing primary as a PTP pair.
  if (out.includes('ptp-pair')) add('addon-without-primary');
  return out;
}

/**
 * The cause of an adjustment on checked line `index`, or null when the reason and remarks do not
 * point to a coding edit (e.g. CO-45, PR-2: they explain themselves).
 */
export function findCause(
  reason: string,
  remarks: readonly string[],
  index: number,
  ctx: CauseContext | null,
): DenialCause | null {
  const rules = linkedRules(reason, remarks);
  if (rules.length === 0) return null;
  if (!ctx) return { rule: null, codes: [], detail: NO_EDIT_EXPLAINS };
  const line = ctx.check.lines[index];
  for (const rule of rules) {
    const cause = causeFor(rule, index, ctx);
    if (cause) return cause;
  }
  if (rules.includes('modifier'))
    return {
      rule: null,
      codes: [line.code],
      detail: `Modifiers billed on ${line.code}: ${line.modifiers.join(', ') || 'none'}. ClaimLens bundles no per-code modifier validity table, so it cannot say which one the payer refused. ${NO_EDIT_EXPLAINS}`,
    };
  return { rule: null, codes: [], detail: NO_EDIT_EXPLAINS };
}

function causeFor(rule: LinkedRule, index: number, ctx: CauseContext): DenialCause | null {
  const mine = (f: Finding) => f.lines.includes(index);
  const findings = ctx.check.findings.filter(mine);
  switch (rule) {
    case 'ptp-pair':
      return ptpCause(
        findings.filter((f): f is PtpFinding => f.rule === 'ptp-pair'),
        index,
        ctx,
      );
    case 'addon-without-primary': {
      const f = findings.find((x): x is AddOnFinding => x.rule === 'addon-without-primary');
      return f ? { rule, codes: [f.addOn], detail: `Likely cause: ${f.message} (${sourceText(f)})` } : null;
    }
    case 'mue-exceeded':
      return mueCause(
        findings.find((x): x is MueFinding => x.rule === 'mue-exceeded'),
        index,
        ctx,
      );
    case 'terminated-code': {
      const f = findings.find((x): x is TerminatedCodeFinding => x.rule === 'terminated-code');
      return f ? { rule: 'terminated-code', codes: f.codes, detail: f.message } : null;
    }
    default:
      return null;
  }
}

function ptpCause(found: PtpFinding[], index: number, ctx: CauseContext): DenialCause | null {
  const code = ctx.check.lines[index].code;
  // The payer denies the column 2 code of a pair; a pair where this line is column 1 does not explain it.
  const pairs = found.filter((f) => f.column2 === code);
  if (pairs.length === 0) return null;
  const name = (c: string) => `${c} (line ${lineOf(c, ctx)})`;
  const bundlers = pairs.map((f) => f.column1);
  const indicators = [...new Set(pairs.map((f) => f.modifierIndicator))];
  const bypassed = pairs.flatMap((f) => f.bypassedBy);
  let advice: string;
  if (bypassed.length)
    advice = `The claim already carries ${[...new Set(bypassed)].join(', ')}, which the edit accepts: the payer did not accept the modifier or its documentation; appeal with the record if the services were separate.`;
  else if (indicators.includes(0) && !indicators.includes(1))
    advice = 'Modifier indicator 0: no modifier allows both to be paid; write it off (not billable to the patient).';
  else
    advice = `Modifier indicator 1: a corrected claim or reopening with XE, XS, XP, XU or 59 on ${code} can be paid only if the record shows a separate encounter, site or lesion; otherwise write it off (not billable to the patient).`;
  const rationale = pairs[0].rationale ? ` (${pairs[0].rationale})` : '';
  return {
    rule: 'ptp-pair',
    codes: [...bundlers, code],
    detail: `Likely cause: ${bundlers.map(name).join(' and ')} ${bundlers.length > 1 ? 'bundle' : 'bundles'} ${code} — NCCI PTP edit${rationale}. ${advice} (${sourceText(pairs[0])})`,
  };
}

function mueCause(f: MueFinding | undefined, index: number, ctx: CauseContext): DenialCause | null {
  const line = ctx.check.lines[index];
  if (ctx.unitsKnown?.[index] === false)
    return {
      rule: null,
      codes: [line.code],
      detail: `The remittance gives no billed units for ${line.code}, so they cannot be compared with its MUE. ${NO_EDIT_EXPLAINS}`,
    };
  if (f)
    return {
      rule: 'mue-exceeded',
      codes: [f.code],
      detail: `Likely cause: ${f.message} (${sourceText(f)})`,
    };
  const mue = ctx.dataset.mue(line.code, ctx.setting);
  if (!mue) return null;
  return {
    rule: null,
    codes: [line.code],
    detail: `The ${ctx.setting === 'practitioner' ? 'practitioner' : 'outpatient hospital'} MUE for ${line.code} is ${mue.units} (MAI ${mue.mai}; ${mue.source.title}, as of ${mue.asOf}) and ${line.units} unit${line.units === 1 ? ' was' : 's were'} billed on this claim for the date, so the MUE does not explain it; the payer may apply its own unit or frequency limit. ${NO_EDIT_EXPLAINS}`,
  };
}

function lineOf(code: string, ctx: CauseContext): string {
  const idx = ctx.check.lines.findIndex((l) => l.code === code);
  return idx < 0 ? '?' : String(ctx.lineNumbers[idx]);
}

function sourceText(f: Finding): string {
  const s = f.source[0];
  return 'title' in s ? formatSource(s) : '';
}
