/**
 * Running totals for a remittance report: claims, lines, money by adjustment group, and how many
 * coding-edit denials were tied to a rule. Sums are kept in cents so totals add up exactly.
 */
import type { RemitProblem } from '../remit/types';
import { ADJUSTMENT_CODES, sourceById } from './explanations';
import type { AdjustmentJson, ClaimJson } from './remit-explain';

/** The `summary` object of `claimlens remit --json`. */
export interface RemitSummaryJson {
  claims: number;
  lines: number;
  /** Claims left out by --dos-from / --dos-to. */
  claimsFiltered: number;
  totalCharge: number;
  totalPaid: number;
  /** Sum of adjustment amounts per group code (line and claim level). */
  adjustmentsByGroup: Record<string, number>;
  /** Adjustments whose reason or remarks point to a coding edit, by the rule that explained them ("none" when no edit did). */
  causes: Record<string, number>;
  problemCount: number;
  /** The first problems (segment number, id, claim, message). */
  problems: RemitProblem[];
  /** Where the explanations and the edits come from. */
  sources: { explanationsWrittenOn: string; reasonCodeList: string; remarkCodeList: string; tables: string[] };
}

const cents = (n: number) => Math.round(n * 100);

/** Accumulates a summary claim by claim, so reports can be streamed. */
export class RemitSummaryCounter {
  private claims = 0;
  private lines = 0;
  private filtered = 0;
  private charge = 0;
  private paid = 0;
  private readonly groups = new Map<string, number>();
  private readonly causes = new Map<string, number>();

  /** Adds one reported claim. */
  add(claim: ClaimJson, claimCharge: number | null, claimPaid: number | null): void {
    this.claims++;
    this.lines += claim.lines.length;
    if (claimCharge !== null) this.charge += cents(claimCharge);
    if (claimPaid !== null) this.paid += cents(claimPaid);
    for (const l of claim.lines) for (const a of l.adjustments) this.adjustment(a);
    for (const a of claim.adjustments) this.adjustment(a);
  }

  /** Counts a claim left out by the date filter. */
  skip(): void {
    this.filtered++;
  }

  private adjustment(a: AdjustmentJson): void {
    this.groups.set(a.group, (this.groups.get(a.group) ?? 0) + cents(a.amount));
    if (a.cause) {
      const key = a.cause.rule ?? 'none';
      this.causes.set(key, (this.causes.get(key) ?? 0) + 1);
    }
  }

  /** The summary, with the reader's problems and the data tables' titles and as-of dates. */
  finish(problems: RemitProblem[], problemCount: number, tables: string[]): RemitSummaryJson {
    const groups: Record<string, number> = {};
    for (const [g, c] of this.groups) groups[g] = c / 100;
    return {
      claims: this.claims,
      lines: this.lines,
      claimsFiltered: this.filtered,
      totalCharge: this.charge / 100,
      totalPaid: this.paid / 100,
      adjustmentsByGroup: groups,
      causes: Object.fromEntries(this.causes),
      problemCount,
      problems,
      sources: {
        explanationsWrittenOn: ADJUSTMENT_CODES.writtenOn,
        reasonCodeList: sourceById(ADJUSTMENT_CODES.officialLists.carc).url,
        remarkCodeList: sourceById(ADJUSTMENT_CODES.officialLists.rarc).url,
        tables,
      },
    };
  }
}
