/**
 * The verdict strip's PTP chips: one per edit the code forms with the claim's billed lines, worst first,
 * with the advice fitted to the pair (modifier 25 for an E&M code, never 59 on one).
 */
import { EM_GLOBAL_MODIFIERS, isEmCode } from './modifiers';
import type { ClaimLine, Finding, PtpFinding } from './types';
import type { ChipTone, VerdictChip } from './verdict';

/** "line 1": a claim line by its 0-based index. */
export const lineNo = (i: number) => `line ${i + 1}`;

/** Most PTP chips in the strip; the rest are counted in one more chip (the table below lists them all). */
export const MAX_PTP_CHIPS = 3;

/** The advice of a PTP chip, fitted to the pair: modifier 25 for an E&M code, never 59 on one. */
function ptpAdvice(f: PtpFinding): { tone: ChipTone; text: string } {
  const em = [f.column1, f.column2].find(isEmCode);
  if (f.modifierIndicator === 0) return { tone: 'bad', text: 'never payable together' };
  // On an E&M pair only the E&M modifiers count as the answer (ptp-bypass.ts keeps 59 off the E&M line).
  const bypass = em ? f.bypassedBy.filter((m) => EM_GLOBAL_MODIFIERS.has(m) || m === '27') : f.bypassedBy;
  if (f.severity === 'info' && bypass.length > 0) return { tone: 'ok', text: `bypassed by ${bypass.join(', ')}` };
  if (em) return { tone: 'warn', text: `modifier 25 on ${em} if separately identifiable` };
  return { tone: 'warn', text: 'modifier allowed — XS/XU if distinct' };
}

const RANK: Record<ChipTone, number> = { bad: 0, warn: 1, ok: 2, info: 3 };

/** The PTP chips of `code` among the claim's findings. */
export function ptpChips(code: string, lines: readonly ClaimLine[] | null, findings: Finding[]): VerdictChip[] {
  const chips = findings
    .filter((f): f is PtpFinding => f.rule === 'ptp-pair')
    .map((f): VerdictChip => {
      const partner = f.column1 === code ? f.column2 : f.column1;
      const at = f.lines.filter((i) => lines?.[i]?.code === partner);
      const where = at.length === 1 ? lineNo(at[0]) : `lines ${at.map((i) => i + 1).join(', ')}`;
      const { tone, text } = ptpAdvice(f);
      const chip = `Bundles with ${partner} (${where}): ${text}`;
      return {
        kind: 'ptp',
        tone,
        text: tone === 'ok' ? `${chip} ✓` : `${tone === 'bad' ? '✖' : '⚠'} ${chip}`,
        section: 'ptp',
        sources: f.source,
      };
    })
    .sort((a, b) => RANK[a.tone] - RANK[b.tone]);
  if (chips.length <= MAX_PTP_CHIPS) return chips;
  const rest = chips.length - MAX_PTP_CHIPS;
  return [
    ...chips.slice(0, MAX_PTP_CHIPS),
    { kind: 'ptp', tone: 'info', text: `+${rest} more PTP edit${rest === 1 ? '' : 's'}`, section: 'ptp', sources: [] },
  ];
}
