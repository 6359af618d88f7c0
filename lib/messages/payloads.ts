/**
 * Validators of the payloads the protocol (protocol.ts) carries: claim lines, adjustment and modifier questions.
 * Each returns a clean copy or undefined for anything malformed; validate.ts dispatches on the message type.
 */
import { isBillingCode, isModifier, MAX_CLAIM_LINES, MAX_MODIFIERS, MAX_UNITS } from '../codes';
import type { ClaimLine } from '../claim/types';
import { CARC_SHAPE, GROUP_CODES, RARC_SHAPE } from '../denials/code-shapes';
import type { ExplainAdjustmentRequest, ExplainModifierRequest } from './protocol';

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A billing code's shape. */
export function isCode(v: unknown): v is string {
  return typeof v === 'string' && isBillingCode(v);
}

/** Validates claim lines (codes, up to four 2-character modifiers, whole units from 1 to MAX_UNITS). */
export function parseLines(v: unknown): ClaimLine[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_CLAIM_LINES) return undefined;
  const out: ClaimLine[] = [];
  for (const l of v) {
    if (!isObject(l) || !isCode(l.code)) return undefined;
    const mods = l.modifiers;
    if (
      !Array.isArray(mods) ||
      mods.length > MAX_MODIFIERS ||
      !mods.every((m) => typeof m === 'string' && isModifier(m))
    )
      return undefined;
    const units = l.units;
    if (typeof units !== 'number' || !Number.isInteger(units) || units < 1 || units > MAX_UNITS) return undefined;
    out.push({ code: l.code, modifiers: [...(mods as string[])], units });
  }
  return out;
}

/** Most remark codes an adjustment request carries. */
const MAX_REMARKS = 20;

/** Validates an adjustment-code question. */
export function parseExplainAdjustment(msg: Record<string, unknown>): ExplainAdjustmentRequest | undefined {
  const { kind, code, group, remarks, lines, lineIndex } = msg;
  if (kind !== 'carc' && kind !== 'rarc') return undefined;
  if (typeof code !== 'string' || !(kind === 'carc' ? CARC_SHAPE : RARC_SHAPE).test(code)) return undefined;
  if (group !== undefined && !GROUP_CODES.includes(group as never)) return undefined;
  if (!Array.isArray(remarks) || remarks.length > MAX_REMARKS) return undefined;
  if (!remarks.every((r) => typeof r === 'string' && RARC_SHAPE.test(r))) return undefined;
  const req: ExplainAdjustmentRequest = { type: 'csToBg:explainAdjustment', kind, code, remarks: [...remarks] };
  if (group !== undefined) req.group = group as string;
  const ref = parseLineRef(lines, lineIndex);
  if (!ref) return undefined;
  Object.assign(req, ref);
  return req;
}

/** Claim lines and a line index into them: both absent, or a valid pair. */
function parseLineRef(lines: unknown, lineIndex: unknown): { lines?: ClaimLine[]; lineIndex?: number } | undefined {
  if (lines === undefined) return lineIndex === undefined ? {} : undefined;
  const parsed = parseLines(lines);
  if (!parsed || !Number.isInteger(lineIndex) || (lineIndex as number) < 0 || (lineIndex as number) >= parsed.length)
    return undefined;
  return { lines: parsed, lineIndex: lineIndex as number };
}

/** Validates a modifier question (the modifier, and optionally its claim's lines and own line). */
export function parseExplainModifier(msg: Record<string, unknown>): ExplainModifierRequest | undefined {
  if (typeof msg.modifier !== 'string' || !isModifier(msg.modifier)) return undefined;
  const ref = parseLineRef(msg.lines, msg.lineIndex);
  return ref ? { type: 'csToBg:explainModifier', modifier: msg.modifier, ...ref } : undefined;
}
