/**
 * `addon-without-primary`: an add-on code (NCCI AOC edit) with no acceptable primary on the claim.
 *
 * Written from the NCCI Policy Manual (2026), Chapter I §R and §W, in our own words: type 1 lists
 * every acceptable primary; type 2 leaves primaries to the contractor (MAC); type 3 lists some and
 * lets the MAC accept others. A listed primary may itself be an add-on (e.g. 0215T lists 0213T and
 * 0214T); such a primary counts only if it is anchored in turn, so the claim is resolved to a fixed
 * point starting from its non-add-on lines.
 */
import type { AddOnEdit } from '../../dataset/types';
import { POLICY } from '../policy-sources';
import { linesByCode, type RuleContext } from '../rule-context';
import type { AddOnFinding, Severity } from '../types';

/** Finds add-on codes without an anchored primary, one finding per add-on code. */
export function addOnWithoutPrimaryRule(ctx: RuleContext): AddOnFinding[] {
  const byCode = linesByCode(ctx);
  const edits = new Map<string, AddOnEdit>();
  for (const code of byCode.keys()) {
    const edit = ctx.dataset.addOn(code, ctx.dateOfService);
    if (edit) edits.set(code, edit);
  }
  if (edits.size === 0) return [];
  const anchored = new Set([...byCode.keys()].filter((c) => !edits.has(c)));
  // Fixed point: an add-on becomes anchored once one of its listed primaries is anchored.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [code, edit] of edits) {
      if (!anchored.has(code) && edit.primaries.some((p) => p !== code && anchored.has(p))) {
        anchored.add(code);
        changed = true;
      }
    }
  }
  const findings: AddOnFinding[] = [];
  for (const [code, edit] of edits) {
    if (anchored.has(code)) continue;
    const finding = judge(code, edit, byCode, anchored);
    if (finding) findings.push(finding);
  }
  return findings;
}

function judge(
  code: string,
  edit: AddOnEdit,
  byCode: ReadonlyMap<string, readonly number[]>,
  anchored: Set<string>,
): AddOnFinding | undefined {
  const others = [...anchored];
  const present = edit.primaries.filter((p) => p !== code && byCode.has(p));
  const unanchoredPrimaries = present.filter((p) => !anchored.has(p));
  const chain = unanchoredPrimaries.length
    ? ` ${unanchoredPrimaries.join(', ')} ${unanchoredPrimaries.length === 1 ? 'is' : 'are'} on the claim but ${unanchoredPrimaries.length === 1 ? 'is itself an add-on' : 'are themselves add-ons'} without a primary.`
    : '';
  const listed =
    edit.primaries.length > 8
      ? `${edit.primaries.slice(0, 8).join(', ')} and ${edit.primaries.length - 8} more`
      : edit.primaries.join(', ');
  const notes = edit.notes.length ? ` CMS note: ${edit.notes.join(' / ')}` : '';
  let severity: Severity;
  let message: string;
  if (edit.editType === 1) {
    severity = 'error';
    message = `${code} is an add-on code (type 1) and is paid only with one of its listed primary codes on the same claim: ${listed}. None is billed.${chain} Add the primary service that was performed, or remove ${code}.${notes}`;
  } else if (edit.editType === 2) {
    severity = others.length ? 'info' : 'warning';
    message = others.length
      ? `${code} is an add-on code (type 2): CMS lists no primaries and each Medicare contractor (MAC) defines its own. Check that ${others.join(', ')} is on your MAC's list of acceptable primaries.${notes}`
      : `${code} is an add-on code (type 2) with no other service on the claim. An add-on is rarely paid alone; bill it with the primary service your Medicare contractor (MAC) accepts.${notes}`;
  } else {
    severity = others.length ? 'info' : 'warning';
    message = others.length
      ? `${code} is an add-on code (type 3). None of its listed primaries (${listed}) is billed.${chain} Your Medicare contractor (MAC) may accept other primaries such as ${others.join(', ')}; confirm before submitting.${notes}`
      : `${code} is an add-on code (type 3) and none of its listed primaries (${listed}) is billed, nor any other service.${chain} Add the primary service that was performed.${notes}`;
  }
  return {
    rule: 'addon-without-primary',
    severity,
    codes: [code],
    lines: [...byCode.get(code)!],
    addOn: code,
    editType: edit.editType,
    primaries: edit.primaries,
    unanchoredPrimaries,
    notes: edit.notes,
    source: [edit.source, POLICY.addOnCodes, POLICY.addOnEdits],
    message,
  };
}
