/**
 * What every rule receives: the parsed lines, the dataset and the claim's setting.
 */
import type { Dataset, MueSetting, PtpEdit, SourceRef } from '../dataset/types';
import type { ClaimLine, Finding, NotChecked } from './types';

/** Input shared by all rules of one claim check. */
export interface RuleContext {
  lines: readonly ClaimLine[];
  dataset: Dataset;
  setting: MueSetting;
  /** ISO date of service: edits count only when in effect on it. */
  dateOfService: string;
  /** Per line: true when the code is in the dataset and not terminated, so the other rules can judge it. */
  usable: readonly boolean[];
  /** Records a check that could not cover some codes, so an empty finding list is never read as "passes". */
  notChecked(entry: NotChecked): void;
  /** Active PTP edits among the usable codes, from the setting's PTP table (computed once per claim). */
  ptpEdits(): readonly PtpEdit[];
  /** The setting's PTP table, or null when there is none (outpatient hospital without an import). */
  ptpSource: SourceRef | null;
  /** Indexes of the usable lines, grouped by code, in claim order (computed once per claim). */
  byCode: ReadonlyMap<string, readonly number[]>;
}

/** A rule: reads the context, returns its findings. */
export type Rule = (ctx: RuleContext) => Finding[];

/** Indexes of the usable lines, grouped by code, in claim order. */
export function groupLinesByCode(lines: readonly ClaimLine[], usable: readonly boolean[]): Map<string, number[]> {
  const byCode = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (!usable[i]) continue;
    const list = byCode.get(lines[i].code);
    if (list) list.push(i);
    else byCode.set(lines[i].code, [i]);
  }
  return byCode;
}

/** The context's lines grouped by code (see {@link RuleContext.byCode}). */
export function linesByCode(ctx: RuleContext): ReadonlyMap<string, readonly number[]> {
  return ctx.byCode;
}
