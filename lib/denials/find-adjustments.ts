/**
 * Finds claim adjustment codes in page text: group + reason (`CO-97`, `CO 97`, `CO97`, `PR-2`, `OA-23`,
 * `CO-B15`), labelled forms (`CARC 97`, `RARC N362`, `Remark: M80`) and bare remark codes (`M80`,
 * `N362`, `MA130`). Precision first, as for procedure codes: a bare `97` or `M80` is a code only in an
 * adjustment or remark column (the caller passes the column's kind) or after a label such as
 * "remark codes:"; a street number, a drug strength or a model number (`N362X`) is not a code.
 */
import { CARC_SHAPE, normalizeReason, normalizeRemark } from './code-shapes';
import type { GroupCode } from './types';

/** One adjustment or remark code found in a text. */
export interface AdjustmentToken {
  start: number;
  end: number;
  kind: 'carc' | 'rarc';
  /** Canonical code ("97", "B15", "N362"). */
  code: string;
  group?: GroupCode;
}

/** What the table column (or label) around the text says it holds. */
export type AdjustmentColumn = 'adjustment' | 'reason' | 'remark' | null;

/** Header words that make a column hold adjustment/reason or remark codes. */
const REMARK_HEADER = /\b(?:remarks?|rarcs?|remark codes?|moa|lq)\b/i;
const REASON_HEADER =
  /\b(?:carcs?|reason(?: codes?)?|adj(?:ustment)?s?(?: reason)?|denial(?: codes?)?|grp\s*\/\s*rc|group\s*\/?\s*reason|rc)\b/i;

/** The kind of codes a column header announces, or null. */
export function adjustmentColumnOf(header: string): AdjustmentColumn {
  const h = header.trim();
  if (!h || h.length > 60) return null;
  if (REMARK_HEADER.test(h)) return 'remark';
  if (/\bgrp\s*\/\s*rc\b|\bgroup\b/i.test(h)) return 'adjustment';
  if (REASON_HEADER.test(h)) return 'reason';
  return null;
}

// Group + reason: "CO-97", "CO 97", "CO97", "CO-B15"; the reason ends the token (no "CO-975", "CO-97X").
const GROUP_REASON = /(?<![A-Za-z0-9])(CO|PR|OA|PI|CR)([ -]?)([A-Z]?\d{1,3})(?![A-Za-z0-9]|\.\d)/g;
// Labelled forms: "CARC 97", "CARC: CO-97" is handled above; "RARC N362", "Remark code: M80".
const LABELLED =
  /\b(CARC|RARC|[Rr]emark(?: [Cc]ode)?|[Rr]eason(?: [Cc]ode)?)[\s:#-]{1,3}([A-Z]{0,2}\d{1,4})(?![A-Za-z0-9]|\.\d)/g;
const REMARK = /(?<![A-Za-z0-9-])(MA\d{2,3}|M[1-9]\d{0,3}|N[1-9]\d{0,3})(?![A-Za-z0-9]|\.\d|-\d)/g;
const BARE_REASON = /^\s*([A-Z]?\d{1,3})\s*$/;
/** Words before a bare remark code that say it is one ("remark codes: M80, N362"). */
const REMARK_LABEL = /\b(?:remarks?|rarcs?|remark codes?|alert codes?)\b[^.;\n]{0,40}$/i;
/** Words near a "CO 97" (space form) that make it an adjustment rather than, say, a state and number. */
const ADJUSTMENT_WORDS =
  /\b(?:adj(?:ustment)?s?|carcs?|rarcs?|reasons?|remarks?|denial|denied|eob|era|remit(?:tance)?|grp|group)\b/i;

/**
 * Adjustment and remark codes in `text`, in order. `column` is what the text's table column holds
 * (from its header, see {@link adjustmentColumnOf}); without one, only forms that carry their own
 * evidence are taken (a hyphen or no space between group and reason, a CARC/RARC label).
 */
export function findAdjustmentCodes(text: string, column: AdjustmentColumn = null): AdjustmentToken[] {
  const out: AdjustmentToken[] = [];
  const taken = (s: number, e: number) => out.some((t) => s < t.end && e > t.start);
  const inContext = column !== null || ADJUSTMENT_WORDS.test(text);
  for (const m of text.matchAll(GROUP_REASON)) {
    const [, group, sep, reason] = m;
    const code = normalizeReason(reason);
    if (!code || !CARC_SHAPE.test(code)) continue;
    // "CO 97" could be a state and a number, "CR 2" a county road: a space needs adjustment context;
    // CR and PI are rare enough on remittances that they always need it.
    if ((sep === ' ' || group === 'CR' || group === 'PI') && !inContext) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'carc', code, group: group as GroupCode });
  }
  for (const m of text.matchAll(LABELLED)) {
    const label = m[1].toUpperCase();
    const remark = label.startsWith('R') && label !== 'REASON' && !label.startsWith('REASON');
    const code = remark ? normalizeRemark(m[2]) : normalizeReason(m[2]);
    const end = m.index + m[0].length;
    // Only the code is marked; the label stays plain text.
    if (!code || taken(end - m[2].length, end)) continue;
    out.push({ start: end - m[2].length, end, kind: remark ? 'rarc' : 'carc', code });
  }
  const remarkContext = column === 'remark' || column === 'adjustment';
  for (const m of text.matchAll(REMARK)) {
    const code = normalizeRemark(m[1]);
    if (!code || taken(m.index, m.index + m[0].length)) continue;
    const labelled = REMARK_LABEL.test(text.slice(Math.max(0, m.index - 60), m.index));
    const nearAdjustment = out.some((t) => t.kind === 'carc' && Math.abs(t.start - m.index) < 40);
    if (!remarkContext && !labelled && !nearAdjustment) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'rarc', code });
  }
  if (column === 'reason' && out.length === 0) {
    const m = BARE_REASON.exec(text);
    const code = m && normalizeReason(m[1]);
    if (m && code) {
      const start = text.indexOf(m[1]);
      out.push({ start, end: start + m[1].length, kind: 'carc', code });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
