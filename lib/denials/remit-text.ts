/**
 * Plain-text layout of a remittance report (`claimlens remit` without --json): per claim its lines
 * with charge and payment, each adjustment with its meaning and likely cause, then problems and totals.
 * Values from the file are escaped by the caller's printable helpers before reaching a terminal.
 */
import { printable } from '../text/printable';
import type { RemitProblem } from '../remit/types';
import type { AdjustmentJson, ClaimJson, RemarkJson } from './remit-explain';
import type { RemitSummaryJson } from './remit-summary';

/** CLP02 claim status codes, in our words. */
const STATUS: Record<string, string> = {
  '1': 'processed as primary',
  '2': 'processed as secondary',
  '3': 'processed as tertiary',
  '4': 'denied',
  '19': 'processed as primary, forwarded to another payer',
  '20': 'processed as secondary, forwarded to another payer',
  '21': 'processed as tertiary, forwarded to another payer',
  '22': 'reversal of an earlier payment',
  '23': 'not this payer’s claim, forwarded',
  '25': 'predetermination (pricing only, no payment)',
};

/** What a CLP02 status code means, or the code itself when unknown. */
export function claimStatusText(status: string): string {
  return STATUS[status] ?? `status ${printable(status, 8)}`;
}

const money = (n: number | null) => (n === null ? 'unreadable' : n.toFixed(2));

function adjustmentLines(a: AdjustmentJson, indent: string): string[] {
  const out = [`${indent}${a.group}-${printable(a.reason, 8)}  ${money(a.amount).padStart(10)}  ${a.meaning}`];
  if (a.cause) out.push(`${indent}    ${a.cause.detail}`);
  return out;
}

const remarkLine = (r: RemarkJson, indent: string) => `${indent}remark ${printable(r.code, 8)}: ${r.meaning}`;

/** One claim as text lines. */
export function formatRemitClaim(claim: ClaimJson, charge: number | null, paid: number | null): string {
  const out = [
    `Claim ${printable(claim.claimId, 40)} — ${claimStatusText(claim.status)} — charge ${money(charge)}, paid ${money(paid)}`,
  ];
  for (const a of claim.adjustments) out.push(...adjustmentLines(a, '  claim '));
  for (const r of claim.remarks) out.push(remarkLine(r, '  claim '));
  claim.lines.forEach((l, i) => {
    const mods = l.modifiers.length ? `-${l.modifiers.join('-')}` : '';
    const units = l.units === null ? 'units ?' : `x${l.units}`;
    out.push(
      `  ${String(i + 1).padStart(2)}. ${printable(l.code, 12)}${mods} ${units}  ${l.dateOfService ?? 'no date'}  charge ${money(l.charge)}  paid ${money(l.paid)}`,
    );
    for (const a of l.adjustments) out.push(...adjustmentLines(a, '      '));
    for (const r of l.remarks) out.push(remarkLine(r, '      '));
  });
  return out.join('\n');
}

const problemLine = (p: RemitProblem) =>
  `  segment ${p.segment}${p.segmentId ? ` (${p.segmentId})` : ''}${p.claimId ? `, claim ${printable(p.claimId, 40)}` : ''}: ${printable(p.message, 300)}`;

/** Problems and totals. */
export function formatRemitSummary(s: RemitSummaryJson): string {
  const out: string[] = [];
  if (s.problemCount) {
    out.push(
      `Problems (${s.problemCount}; the rest of the file was read):`,
      ...s.problems.slice(0, 50).map(problemLine),
    );
    if (s.problemCount > 50) out.push(`  … and ${s.problemCount - 50} more problems`);
  }
  const groups = Object.entries(s.adjustmentsByGroup)
    .map(([g, v]) => `${g} ${v.toFixed(2)}`)
    .join(', ');
  const causes = Object.entries(s.causes)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  out.push(
    `Summary: ${s.claims} claims, ${s.lines} lines${s.claimsFiltered ? ` (${s.claimsFiltered} claims outside the dates asked for)` : ''}; charged ${s.totalCharge.toFixed(2)}, paid ${s.totalPaid.toFixed(2)}`,
    `  adjustments by group: ${groups || 'none'}`,
    `  coding-edit denials tied to a rule: ${causes || 'none'}`,
    `Explanations: ClaimLens wording (written ${s.sources.explanationsWrittenOn}), not the official text — reason codes ${s.sources.reasonCodeList}, remark codes ${s.sources.remarkCodeList}`,
    `Edits: ${s.sources.tables.join('; ')}`,
  );
  return out.join('\n');
}
