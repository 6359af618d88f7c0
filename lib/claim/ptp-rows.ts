/**
 * The rows of the details view's bundling table: one per NCCI PTP edit between the code and another code on
 * the page or its claim — the partner, which column the code is in, whether a modifier may allow both, where
 * the partner is billed on the claim, and which modifiers on the claim bypass the edit (or do not).
 */
import type { PtpEdit, SourceRef } from '../dataset/types';
import { ptpRationaleWords } from './plain-words';
import type { ClaimLine, PtpFinding } from './types';

/** One row of the bundling table. */
export interface PtpRow {
  partner: string;
  /** The code's own column in the edit (column 2 is the one denied). */
  column: 1 | 2;
  modifierIndicator: 0 | 1 | 9;
  /** Why the edit exists, in plain words. */
  rationale: string;
  /** Claim lines (1-based) holding the partner; empty when it is on the page but not on the claim. */
  onClaim: number[];
  /** Modifiers on the claim that bypass the edit. */
  bypassedBy: string[];
  /** Modifiers on the claim that do not bypass it here. */
  rejected: string[];
  source: SourceRef;
}

/**
 * Rows for `code`: the edits with other page codes (`pagePairs`) and with the claim's lines (`findings`, from
 * the claim check over `lines`), each pair once; edits found on the claim first, in claim order.
 */
export function ptpRows(
  code: string,
  pagePairs: readonly PtpEdit[],
  findings: readonly PtpFinding[],
  lines: readonly ClaimLine[] | null,
): PtpRow[] {
  const rows = new Map<string, PtpRow>();
  for (const f of findings) {
    const partner = f.column1 === code ? f.column2 : f.column1;
    rows.set(partner, {
      partner,
      column: f.column1 === code ? 1 : 2,
      modifierIndicator: f.modifierIndicator,
      rationale: ptpRationaleWords(f.rationale),
      onClaim: f.lines.filter((i) => lines?.[i]?.code === partner).map((i) => i + 1),
      bypassedBy: [...f.bypassedBy],
      rejected: f.rejectedModifiers.map((r) => r.modifier),
      source: f.source[0] as SourceRef,
    });
  }
  for (const e of pagePairs) {
    const partner = e.column1 === code ? e.column2 : e.column1;
    if (rows.has(partner)) continue;
    const onClaim = lines ? lines.flatMap((l, i) => (l.code === partner ? [i + 1] : [])) : [];
    rows.set(partner, {
      partner,
      column: e.column1 === code ? 1 : 2,
      modifierIndicator: e.modifierIndicator,
      rationale: ptpRationaleWords(e.rationale),
      onClaim,
      bypassedBy: [],
      rejected: [],
      source: e.source,
    });
  }
  return [...rows.values()];
}
