// @vitest-environment happy-dom
/**
 * The walk of a big table body by rows (lib/detect/row-walk.ts through lib/detect/text-cursor.ts): the texts of
 * the columns no reader wants are never handed to the recognisers (nor wrapped), nor the whitespace between
 * cells; what is handed out comes in document order, the same when the walk stops after every text; rows it
 * cannot read by cells are read as before.
 */
import { describe, expect, it } from 'vitest';
import type { CellWant } from '../../../lib/detect/column-plan';
import { TextCursor } from '../../../lib/detect/text-cursor';

const ROWS = Array.from(
  { length: 4 },
  (_, i) => `<tr>\n  <td>9921${i}</td>\n  <td>ZIP${i}</td>\n  <td>CO-4${i}</td>\n</tr>`,
);

function walk(html: string, plan: readonly CellWant[] | null, stopEvery = false) {
  document.body.innerHTML = `<p>before</p>${html}<p>after</p>`;
  const asked: string[] = [];
  const spy = {
    name: 'spy',
    mayHold: (d: string) => {
      asked.push(d);
      return true;
    },
  };
  const planned: Element[] = [];
  const rows = {
    minRows: 2,
    plan: (t: Element) => {
      planned.push(t);
      return plan;
    },
  };
  const cursor = new TextCursor(document.body, document, [spy], true, undefined, rows);
  const out: string[] = [];
  for (;;) {
    const t = cursor.next(() => stopEvery, 1);
    if (t === null) break;
    if (t) out.push(t.data);
  }
  return { asked, out, planned };
}

const TABLE = `<table><thead><tr><th>CPT</th><th>ZIP</th><th>Adj</th></tr></thead><tbody>\n${ROWS.join('\n')}\n</tbody></table>`;

describe('the walk of a big table body by rows', () => {
  it('never asks about a skipped column, nor the whitespace between cells, and keeps document order', () => {
    const { asked, out, planned } = walk(TABLE, [true, false, (s) => s.includes('CO-')]);
    expect(planned.map((t) => t.localName)).toEqual(['table']);
    expect(out).toEqual([
      'before',
      'CPT',
      'ZIP',
      'Adj',
      ...[0, 1, 2, 3].flatMap((i) => [`9921${i}`, `CO-4${i}`]),
      'after',
    ]);
    expect(asked.some((d) => d.startsWith('ZIP') && d !== 'ZIP')).toBe(false);
  });

  it('hands out the same texts when it stops after every one (resumable across slices)', () => {
    const plan: CellWant[] = [true, false, (s) => s.includes('CO-')];
    expect(walk(TABLE, plan, true).out).toEqual(walk(TABLE, plan).out);
  });

  it('reads as before a body the plan cannot skip in, and rows it cannot read by cells', () => {
    expect(walk(TABLE, null).out).toContain('ZIP2');
    // A colspan, a cell count other than the header's, text directly in the row, a nested table in a skipped cell.
    const odd = TABLE.replace('<td>ZIP0</td>', '<td colspan="1">ZIP0</td>')
      .replace('<td>ZIP1</td>', '<td>ZIP1</td><td>x</td>')
      .replace('\n  <td>ZIP2</td>', ' 64634 <td>ZIP2</td>')
      .replace('<td>ZIP3</td>', '<td><table><tr><td>ZIP3</td></tr></table></td>');
    const { out } = walk(odd, [true, false, false]);
    expect(out).toEqual(expect.arrayContaining(['ZIP0', 'ZIP1', 'x', ' 64634 ', 'ZIP2', 'ZIP3', 'CO-40', 'CO-43']));
  });
});
