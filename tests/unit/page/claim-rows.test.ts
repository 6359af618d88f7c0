// @vitest-environment happy-dom
/**
 * The claim check finds a match's row on demand (the page scanner stores matches without `row`): `rowOf`,
 * and the distinct rows `claimLinesFrom` counts.
 */
import { describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { claimLinesFrom, rowGroupOf, rowOf } from '../../../lib/page/claim-lines';
import type { PageMatch } from '../../../lib/page/match-store';
import { isKnown, page, textNode } from './dom-helpers';

function match(node: Text, code: string, row?: Element): PageMatch {
  const start = node.data.indexOf(code);
  return {
    code,
    system: 'CPT',
    category: 'I',
    start,
    end: start + code.length,
    modifiers: [],
    units: null,
    addOnMarker: false,
    role: 'billed' as const,
    node,
    ...(row ? { row } : {}),
  };
}

describe('rowOf', () => {
  it('finds the <tr> of a match without row, through inline wrappers', () => {
    const doc = page('<table><tbody><tr id="r"><td><span><b>64634</b></span></td></tr></tbody></table>');
    expect(rowOf(match(textNode(doc.body, '64634'), '64634'))?.id).toBe('r');
  });

  it('finds a role=row of an ARIA grid', () => {
    const doc = page(
      '<div role="grid"><div role="rowgroup"><div role="row" id="g"><div role="gridcell"><span>J1100</span></div></div></div></div>',
    );
    expect(rowOf(match(textNode(doc.body, 'J1100'), 'J1100'))?.id).toBe('g');
  });

  it('finds the nearest row when tables nest', () => {
    const doc = page('<table><tr id="outer"><td><table><tr id="inner"><td>64633</td></tr></table></td></tr></table>');
    expect(rowOf(match(textNode(doc.body, '64633'), '64633'))?.id).toBe('inner');
  });

  it('is null outside a table, and prefers a stored row', () => {
    const doc = page('<p>CPT 99213</p><table><tr id="r"><td>64634</td></tr><tr id="other"><td>x</td></tr></table>');
    expect(rowOf(match(textNode(doc.body, '99213'), '99213'))).toBeNull();
    const other = doc.getElementById('other')!;
    expect(rowOf(match(textNode(doc.body, '64634'), '64634', other))).toBe(other);
  });

  it('rowGroupOf still finds the group of a match without row', () => {
    const doc = page(
      '<table><tbody id="a"><tr><td>64634</td></tr></tbody><tbody id="b"><tr><td>64633</td></tr></tbody></table>',
    );
    expect(rowGroupOf(match(textNode(doc.body, '64633'), '64633'))?.id).toBe('b');
  });
});

describe('claimLinesFrom rows for matches without row', () => {
  const HTML = `
    <p>Also billed: 99213</p>
    <table><thead><tr><th>CPT</th><th>Add-on code</th><th>Units</th></tr></thead><tbody>
      <tr><td>64490</td><td>64491</td><td>1</td></tr>
      <tr><td>64633</td><td></td><td>1</td></tr>
      <tr><td>64634</td><td></td><td>1</td></tr>
    </tbody></table>
    <div role="table"><div role="row"><div role="columnheader">Procedure</div><div role="columnheader">Units</div></div>
      <div role="row"><div role="cell">J1100</div><div role="cell">1</div></div></div>`;

  it('counts distinct <tr> and role=row rows (two codes in one row count once; text outside a table not at all)', () => {
    const doc = page(HTML);
    const bare = collectCodes(doc.body, doc, { isKnown, keepRow: false });
    expect(bare.map((m) => m.code)).toEqual(['99213', '64490', '64491', '64633', '64634', 'J1100']);
    expect(bare.every((m) => m.row === undefined)).toBe(true);
    const r = claimLinesFrom(bare);
    // 99213 is mentioned in prose: never a line.
    expect(r.lines.map((l) => l.line.code)).toEqual(['64490', '64491', '64633', '64634', 'J1100']);
    expect(r.rows).toBe(4);
    // Same count as with stored rows.
    expect(claimLinesFrom(collectCodes(doc.body, doc, { isKnown })).rows).toBe(4);
  });

  it('counts only rows of lines that were kept (lines past the cap do not count)', () => {
    const doc = page(HTML);
    const bare = collectCodes(doc.body, doc, { isKnown, keepRow: false });
    // Page order: 99213 (a mention, never a line), 64490 + 64491 (row 1), 64633 (row 2), ...
    expect(claimLinesFrom(bare, 2).rows).toBe(1);
    expect(claimLinesFrom(bare, 3).rows).toBe(2);
  });

  it('codes in prose outside tables are mentions: no lines, no rows, each listed as left out', () => {
    const doc = page('<p>64633 and 64634</p>');
    const r = claimLinesFrom(collectCodes(doc.body, doc, { isKnown, keepRow: false }));
    expect(r.lines).toHaveLength(0);
    expect(r.rows).toBe(0);
    expect(r.skipped.map((x) => x.code)).toEqual(['64633', '64634']);
    expect(r.skipped[0].reason).toMatch(/mentioned/);
  });
});
