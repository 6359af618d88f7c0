/**
 * Words around a candidate that say "this is a code" or "this is something else" (ZIP, claim number, amount…),
 * and the same judgement for table column headers.
 */
import type { ColumnRole } from './types';

/** Labels that name something other than a procedure code, ending right before the candidate. */
const NEGATIVE_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:zip|zip\s*code|postal(?:\s*code)?|claim|clm|member|mbr|subscriber|patient\s*(?:acct|account|#|id|no\.?|num(?:ber)?)|acct|acnt|account|` +
    String.raw`payer|payor|icn|dcn|tcn|npi|tin|ein|tax|phone|ph|tel|telephone|fax|ext|extension|pattern|rule|edit\s*(?:id|#|no\.?)|` +
    String.raw`check\s*(?:#|no\.?|num(?:ber)?)|chk|eft|trace|ref|reference|auth|authorization|prior\s*auth|policy|group|grp|batch|control|ctrl|invoice|inv|` +
    String.raw`box|suite|ste|apt|room|rm|id|mrn|mbi|hic|hicn|ssn|dx|icd(?:-?10)?|diag|diagnosis|rev(?:enue)?\s*code|reason(?:\s*code)?|` +
    String.raw`remark(?:\s*code)?|carc|rarc|amount|amt|balance|routing|tracking|confirmation|ndc|taxonomy|license|dea|ptan)` +
    String.raw`\.?(?:\s*(?:id|#|no\.?|num(?:ber)?|code))?\s*[:#.\-]?\s*$`,
  'iu',
);

/**
 * Nouns that are labels in a form ("Claim: 2024…") but ordinary words in prose ("lines on this claim: 99213-25"):
 * after a determiner they do not reject.
 */
const PROSE_NOUN = /^[^\p{L}]?(?:claim|member|account|policy|group|batch|control|invoice|reference|rule|trace)\b/iu;
const DETERMINER_BEFORE = /\b(?:this|the|a|an|same|each|per|that|your|our|every|one|its)\s+$/i;

/** Labels that introduce a procedure code. Checked after {@link NEGATIVE_LABEL}, so `Zip Code` never counts. */
const POSITIVE_LABEL =
  /(?:^|[^\p{L}])(?:CPT(?:\u00ae|\(R\))?|HCPCS|proc(?:edure)?s?|codes?|svc|service)(?:\s*(?:codes?|#|no\.?))?\s*[:#]?\s*$/iu;

/** US state and territory abbreviations, for `Spokane, WA 99213`. */
const STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU';
const STATE_BEFORE = new RegExp(
  String.raw`(?:^|\n|[\p{L}.],?[ \u00a0]+|,[ \u00a0]*)(?:${STATES.replace(/ /g, '|')})[ \u00a0,]+$`,
  'u',
);

/** What the text just before a candidate says about it. */
export type LabelVerdict = 'positive' | 'negative' | 'none';

/** Judges the label (if any) that ends right before a candidate; `left` is the preceding text (a short window is enough). */
export function labelBefore(left: string): LabelVerdict {
  if (STATE_BEFORE.test(left)) return 'negative';
  const neg = NEGATIVE_LABEL.exec(left);
  if (neg && !(PROSE_NOUN.test(neg[0]) && DETERMINER_BEFORE.test(left.slice(0, neg.index + neg[0].search(/\p{L}/u)))))
    return 'negative';
  if (POSITIVE_LABEL.test(left)) return 'positive';
  return 'none';
}

const HEADER_STRONG_PROCEDURE = /\b(?:cpt|hcpcs|proc(?:edure)?s?)\b/i;
const HEADER_NOT_PROCEDURE =
  /\b(?:reason|remark|rev(?:enue)?|diag(?:nosis)?|icd|dx|adj(?:ustment)?|carc|rarc|group|status|pos|place|zip|postal|taxonomy|payer|payor|type|tob|ndc|date|dos|amount|amt|charges?|billed|paid|allowed|description|desc|provider|facility)\b/i;
const HEADER_WEAK_PROCEDURE = /\b(?:codes?|service|svc|product\s*(?:or|\/)\s*service)\b/i;
const HEADER_MODIFIER = /^\s*(?:mod(?:ifier)?s?)\s*(?:\d|#\s*\d)?\s*$/i;
const HEADER_UNITS =
  /^\s*(?:units?|nos|qty|quantity|days\s*(?:or|\/)\s*units|svc\s*units|service\s*units|billed\s*units|units\s*billed)\s*$/i;
const HEADER_NEGATIVE =
  /\b(?:zip|postal|claim|member|subscriber|patient\s*(?:acct|account|#|id|no\.?|num(?:ber)?)|acct|account|icn|dcn|tcn|npi|tin|tax|phone|fax|deduct(?:ible)?|coins(?:urance)?|copay|balance|check|eft|trace|ref(?:erence)?|auth(?:orization)?|id|number|no|rule|pattern|edit|prov|perf|hic|mbi|address|city)\b|#/i;

/**
 * Role of a table column from its header text (`Procedure`, `Mod`, `NOS`, `Claim #`, `ZIP`…).
 * Order matters: CPT/HCPCS/Proc win; then "Reason Code", "Service Date", "Billed" are not procedure columns;
 * then Code/Service alone are; "Billed Units" is units.
 */
export function classifyHeader(header: string): ColumnRole {
  const h = header.replace(/\s+/g, ' ').trim();
  if (!h) return 'neutral';
  if (HEADER_MODIFIER.test(h)) return 'modifier';
  if (HEADER_UNITS.test(h)) return 'units';
  if (HEADER_STRONG_PROCEDURE.test(h)) return 'code';
  if (HEADER_NOT_PROCEDURE.test(h)) return 'negative';
  if (HEADER_WEAK_PROCEDURE.test(h)) return 'code';
  if (HEADER_NEGATIVE.test(h)) return 'negative';
  return 'neutral';
}
