/**
 * `modifier-50-not-allowed` and `bilateral-guidance`: bilateral reporting against the PFS
 * bilateral surgery indicator.
 *
 * Written, in our own words, from the PFS relative value file layout (Bilateral Surgery indicator)
 * and the NCCI Policy Manual (2026), Chapter I §V (3.a):
 * - 0: no bilateral payment (anatomy, or a separate bilateral code exists) — 50 not allowed;
 * - 1: 150% bilateral payment; a bilateral surgical procedure is one line, modifier 50, 1 unit;
 *   a diagnostic one may instead be RT and LT lines of 1 unit;
 * - 2: already priced as bilateral — report once, 1 unit, without 50;
 * - 3: each side paid at 100% (mostly radiology/diagnostic) — 50 or RT/LT are both acceptable;
 * - 9: the concept does not apply — 50 not allowed.
 * These are payment rules of the physician fee schedule, so the rule runs on practitioner claims only.
 */
import type { PfsIndicators } from '../../dataset/types';
import { POLICY } from '../policy-sources';
import { linesByCode, type RuleContext } from '../rule-context';
import type { BilateralFinding, FindingSource, Severity } from '../types';

const SURGICAL_GLOBALS = new Set(['000', '010', '090']);

/** Checks modifier 50 and RT/LT pairs on each code against its bilateral indicator. */
export function bilateralRule(ctx: RuleContext): BilateralFinding[] {
  const findings: BilateralFinding[] = [];
  const noPfs: string[] = [];
  for (const [code, idx] of linesByCode(ctx)) {
    const with50 = idx.filter((i) => ctx.lines[i].modifiers.includes('50'));
    const rt = idx.filter((i) => !with50.includes(i) && ctx.lines[i].modifiers.includes('RT'));
    const lt = idx.filter((i) => !with50.includes(i) && ctx.lines[i].modifiers.includes('LT'));
    if (with50.length === 0 && (rt.length === 0 || lt.length === 0)) continue;
    const pfs = ctx.dataset.pfs(code);
    if (!pfs) {
      noPfs.push(code);
      continue;
    }
    const make = (
      rule: BilateralFinding['rule'],
      severity: Severity,
      lines: number[],
      message: string,
    ): BilateralFinding => ({
      rule,
      severity,
      codes: [code],
      lines,
      code,
      bilateralIndicator: pfs.bilateral,
      message,
      source: [pfs.source, POLICY.pfsBilateral, POLICY.mue] as FindingSource[],
    });
    const ind = pfs.bilateral;
    if (with50.length) findings.push(...modifier50(code, ind, with50, ctx, make));
    if (rt.length && lt.length) {
      const f = rightLeftLines(
        code,
        pfs,
        [...rt, ...lt].sort((a, b) => a - b),
        make,
      );
      if (f) findings.push(f);
    }
  }
  if (noPfs.length)
    ctx.notChecked({
      rule: 'modifier-50-not-allowed',
      codes: noPfs,
      reason: 'not in the Physician Fee Schedule file, so bilateral reporting was not checked',
    });
  return findings;
}

type Make = (rule: BilateralFinding['rule'], severity: Severity, lines: number[], message: string) => BilateralFinding;

function modifier50(code: string, ind: string, lines: number[], ctx: RuleContext, make: Make): BilateralFinding[] {
  const out: BilateralFinding[] = [];
  const why: Record<string, string> = {
    '0': 'no bilateral payment applies to it (anatomy rules it out, or a separate code describes the bilateral procedure); even when both sides are billed, payment is capped at one side',
    '2': 'it is already priced as a bilateral procedure; report it once, with 1 unit and no 50',
    '9': 'the bilateral concept does not apply to it',
  };
  if (why[ind]) {
    out.push(
      make(
        'modifier-50-not-allowed',
        'error',
        lines,
        `Modifier 50 is not valid on ${code}: its PFS bilateral indicator is ${ind}, meaning ${why[ind]}. Remove 50${ind === '0' ? ', and if a bilateral code exists, report that code instead' : ''}.`,
      ),
    );
    return out;
  }
  const multi = lines.filter((i) => ctx.lines[i].units > 1);
  if (multi.length) {
    out.push(
      make(
        'bilateral-guidance',
        'warning',
        multi,
        `${code} with modifier 50 should be reported with 1 unit: 50 already stands for both sides, and the MUE counts it that way. Use more units only when the procedure was done bilaterally at more than one site, one unit per site.`,
      ),
    );
  }
  const sided = lines.filter((i) => ctx.lines[i].modifiers.some((m) => m === 'RT' || m === 'LT'));
  if (sided.length) {
    out.push(
      make(
        'bilateral-guidance',
        'warning',
        sided,
        `${code} carries modifier 50 together with RT or LT. 50 already means both sides; drop RT/LT from that line.`,
      ),
    );
  }
  if (ind === '3') {
    out.push(
      make(
        'bilateral-guidance',
        'info',
        lines,
        `${code} has PFS bilateral indicator 3: each side is paid at up to 100% of the fee schedule amount, not the usual 150% bilateral adjustment. Modifier 50 with 1 unit is correct for a bilateral surgical procedure; a diagnostic one may also be 2 units or RT and LT lines.`,
      ),
    );
  }
  return out;
}

function rightLeftLines(code: string, pfs: PfsIndicators, lines: number[], make: Make): BilateralFinding | undefined {
  switch (pfs.bilateral) {
    case '1': {
      const surgical = SURGICAL_GLOBALS.has(pfs.globalDays);
      return make(
        'bilateral-guidance',
        surgical ? 'warning' : 'info',
        lines,
        `${code} is billed on an RT line and an LT line. Its PFS bilateral indicator is 1 (150% bilateral payment): a bilateral surgical procedure must be one line with modifier 50 and 1 unit; separate RT and LT lines are acceptable only for a diagnostic procedure.${surgical ? ` ${code} has a surgical global period (${pfs.globalDays}), so use 50.` : ''}`,
      );
    }
    case '0':
      return make(
        'bilateral-guidance',
        'warning',
        lines,
        `${code} is billed on an RT line and an LT line, but its PFS bilateral indicator is 0: there is no bilateral payment, and both sides together are paid at most as one. If a code for the bilateral procedure exists, report that code.`,
      );
    case '2':
      return make(
        'bilateral-guidance',
        'warning',
        lines,
        `${code} is billed on an RT line and an LT line, but its PFS bilateral indicator is 2: the code is already priced as bilateral. Report it once, with 1 unit.`,
      );
    default:
      return undefined;
  }
}
