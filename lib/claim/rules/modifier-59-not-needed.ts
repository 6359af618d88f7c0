/**
 * `modifier-59-not-needed`: 59 or X{EPSU} on a line whose code forms no NCCI PTP edit with any
 * other code of the claim.
 *
 * The manual (2026, Chapter I §E) reserves these modifiers for getting past a PTP edit when the
 * services were truly distinct; on a line with no edit they do nothing and can draw review. One
 * exception is kept: when the same code is on another line, 59/X{EPSU} may be there to report
 * repeated units on separate lines (Chapter I §V, MAI 1 claim-line MUEs), so no finding is made.
 */
import { DISTINCT_SERVICE_MODIFIERS } from '../modifiers';
import { POLICY } from '../policy-sources';
import { linesByCode, type RuleContext } from '../rule-context';
import type { Modifier59Finding } from '../types';

/** Flags 59/X{EPSU} that bypass nothing on this claim. */
export function modifier59NotNeededRule(ctx: RuleContext): Modifier59Finding[] {
  const paired = new Set<string>();
  for (const e of ctx.ptpEdits()) {
    if (e.modifierIndicator === 9) continue;
    paired.add(e.column1);
    paired.add(e.column2);
  }
  const byCode = linesByCode(ctx);
  const findings: Modifier59Finding[] = [];
  ctx.lines.forEach((line, i) => {
    if (!ctx.usable[i] || paired.has(line.code) || byCode.get(line.code)!.length > 1) return;
    for (const modifier of line.modifiers) {
      if (!DISTINCT_SERVICE_MODIFIERS.has(modifier)) continue;
      const others = ctx.lines.filter((_, j) => j !== i && ctx.usable[j]).map((l) => l.code);
      findings.push({
        rule: 'modifier-59-not-needed',
        severity: 'info',
        codes: [line.code],
        lines: [i],
        code: line.code,
        modifier,
        source: [ctx.ptpSource ?? ctx.dataset.source('ptp'), POLICY.modifiers],
        message: others.length
          ? `${modifier} on ${line.code} bypasses nothing: ${line.code} forms no NCCI PTP edit with ${[...new Set(others)].join(', ')}. Remove it unless another payer rule needs it; an unneeded distinct-service modifier can draw review.`
          : `${modifier} on ${line.code} bypasses nothing: it is the only service on the claim, so there is no NCCI PTP edit for it to get past. Remove it unless another payer rule needs it.`,
      });
    }
  });
  return findings;
}
