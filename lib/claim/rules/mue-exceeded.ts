/**
 * `mue-exceeded`: units of service above the Medically Unlikely Edit for the claim's setting.
 *
 * Written from the NCCI Policy Manual (2026), Chapter I §V, in our own words. MAI 1 is a claim-line
 * edit: each line is compared alone. MAI 2 and 3 are date-of-service edits: every line of the code
 * on the date is summed. A claim check covers one date of service, so the sum is over the claim.
 * A code without an MUE gets no finding, but is recorded in `notChecked`.
 */
import type { MueValue } from '../../dataset/types';
import { POLICY } from '../policy-sources';
import { linesByCode, type RuleContext } from '../rule-context';
import type { MueFinding } from '../types';

const SETTING_NAME = { practitioner: 'practitioner', outpatientHospital: 'outpatient hospital' } as const;

/** Compares units with the MUE of each code. */
export function mueExceededRule(ctx: RuleContext): MueFinding[] {
  const findings: MueFinding[] = [];
  const noMue: string[] = [];
  for (const [code, idx] of linesByCode(ctx)) {
    const mue = ctx.dataset.mue(code, ctx.setting);
    if (!mue) {
      noMue.push(code);
      continue;
    }
    if (mue.mai === 1) {
      for (const i of idx) {
        const units = ctx.lines[i].units;
        if (units > mue.units) findings.push(finding(ctx, code, [i], units, mue));
      }
    } else {
      const total = idx.reduce((sum, i) => sum + ctx.lines[i].units, 0);
      if (total > mue.units) findings.push(finding(ctx, code, [...idx], total, mue));
    }
  }
  if (noMue.length) {
    const table = ctx.setting === 'practitioner' ? 'muePractitioner' : 'mueOutpatientHospital';
    const src = ctx.dataset.source(table);
    ctx.notChecked({
      rule: 'mue-exceeded',
      codes: noMue,
      reason: `no ${SETTING_NAME[ctx.setting]} MUE in ${src.title} (as of ${src.asOf}); units were not checked`,
    });
  }
  return findings;
}

function finding(ctx: RuleContext, code: string, lines: number[], units: number, mue: MueValue): MueFinding {
  const where = `${SETTING_NAME[ctx.setting]} MUE of ${mue.units} (MAI ${mue.mai}; ${mue.source.title}, as of ${mue.asOf})`;
  const zero =
    mue.units === 0
      ? ` An MUE of 0 means CMS does not expect this code to be paid in this setting (for example non-covered, packaged, or billed to another contractor).`
      : '';
  let meaning: string;
  if (mue.mai === 1) {
    meaning = `This is a claim-line edit: the ${units} units on this line will all be denied. If the units were for separate sites or sessions, they may be split over lines with the modifier that describes why (59 or XE/XS/XP/XU, 76, 77, 91, or anatomic), each line within the MUE.`;
  } else if (mue.mai === 2) {
    meaning = `This is a date-of-service edit based on policy: all ${units} units of ${code} for the date will be denied, and the limit is not overridden on appeal. Correct the units or the code.`;
  } else {
    meaning = `This is a date-of-service edit based on clinical benchmarks: all ${units} units of ${code} for the date will be denied. If more units were truly performed, correctly coded and medically necessary, the denial can be appealed with the medical record.`;
  }
  const abn = ' An ABN cannot move MUE-denied units to the patient.';
  return {
    rule: 'mue-exceeded',
    severity: 'error',
    codes: [code],
    lines,
    code,
    setting: ctx.setting,
    mue: mue.units,
    mai: mue.mai,
    unitsReported: units,
    rationale: mue.rationale,
    source: [mue.source, ...(mue.rationaleSource ? [mue.rationaleSource] : []), POLICY.mue],
    message: `${units} units of ${code} exceed its ${where}.${zero} ${meaning}${abn}`,
  };
}
