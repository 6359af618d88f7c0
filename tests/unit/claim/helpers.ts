/** Shared helpers for the claim-check tests: the real bundled dataset and short-hand checks. */
import { loadDataset } from '../../../scripts/node/load-dataset';
import {
  checkClaim,
  parseClaimLines,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type RuleId,
} from '../../../lib/claim';

/** The real CMS dataset from data/. */
export const dataset = loadDataset();

/** Parses and checks lines written in the CLI notation. */
export function check(lines: string[], options: CheckOptions = {}): CheckResult {
  return checkClaim(parseClaimLines(lines), dataset, options);
}

/** The finding type(s) whose `rule` can be R (BilateralFinding covers two rule ids). */
type FindingOf<R extends RuleId, F = Finding> = F extends Finding ? (R extends F['rule'] ? F : never) : never;

/** Findings of one rule. */
export function ofRule<R extends RuleId>(result: CheckResult, rule: R): FindingOf<R>[] {
  return result.findings.filter((f) => f.rule === rule) as FindingOf<R>[];
}
