/**
 * What a page row tells about an adjustment code found in it: the remark codes beside it and the claim
 * lines of the row's table section (one claim per `<tbody>` on most remittance pages), with the row's own
 * procedure line marked, so the background can find the edit behind a denial. Codes, modifiers and units
 * only: no page text leaves the page.
 */
import { claimLinesFrom, matchesInGroup, rowGroupOf, rowOf } from '../page/claim-lines';
import type { PageMatch } from '../page/match-store';
import type { AdjustmentQuestion } from './page-explain';
import type { AdjustmentMatch } from './page-scan';

const ROW = 'tr, [role="row"]';

/** The row element holding a node, or null outside a table row. */
export function rowElementOf(node: Node): Element | null {
  return node.parentElement?.closest(ROW) ?? null;
}

/** The question to ask the background about `m`, from the codes and adjustment codes found on the page. */
export function rowQuestion(
  m: AdjustmentMatch,
  codes: Iterable<PageMatch>,
  adjustments: Iterable<AdjustmentMatch>,
): AdjustmentQuestion {
  const q: AdjustmentQuestion = { kind: m.kind, code: m.code, remarks: [] };
  if (m.group) q.group = m.group;
  const row = rowElementOf(m.node);
  if (!row) return q;
  for (const a of adjustments)
    if (a.kind === 'rarc' && a !== m && row.contains(a.node) && !q.remarks.includes(a.code)) q.remarks.push(a.code);
  const group = rowGroupOf({ node: m.node, row } as PageMatch);
  if (!group) return q;
  const read = claimLinesFrom(matchesInGroup(codes, group));
  const index = read.lines.findIndex((l) => rowOf(l.match) === row);
  if (index >= 0) {
    q.lines = read.lines.map((l) => l.line);
    q.lineIndex = index;
  }
  return q;
}
