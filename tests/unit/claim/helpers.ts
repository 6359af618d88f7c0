/** Shared helpers for the claim-check tests: the fixture dataset and short-hand checks. */
import { fixtureDataset } from '../../helpers/fixture-dataset';
import {
  checkClaim,
  parseClaimLines,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type RuleId,
} from '../../../lib/claim';

/** The fixture dataset (tests/helpers/fixture-dataset.ts): real CMS rows for the codes these tests name. */
export const dataset = fixtureDataset();

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
