// @vitest-environment happy-dom
/**
 * A cell's column counts its row's own cells, never the cells of a table nested in one of them. happy-dom (the
 * DOM of `claimlens scan` and of the unit tests) answers `cellIndex` with the cell's index among every cell
 * under the row, nested ones included, so a cell after a nested table was read in the wrong column there: a
 * ZIP column's 99213 read as a code, a Mod column not paired (lib/detect/table-shape.ts).
 */
import { describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { isKnown } from '../page/dom-helpers';

describe('column of a cell after a nested table', () => {
  it('is its index among the cells', () => {
    document.body.innerHTML = `<table><thead><tr><th>CPT</th><th>Mod</th><th>Units</th><th>Notes</th><th>ZIP</th></tr></thead>
      <tbody><tr>
        <td>64634</td>
        <td>RT</td>
        <td>2</td>
        <td><table><tr><td>Note</td><td>x</td></tr></table></td>
        <td>99213</td>
      </tr></tbody></table>`;
    const found = collectCodes(document.body, document, { isKnown });
    expect(found.map((m) => [m.code, m.modifiers.join('+'), m.units])).toEqual([['64634', 'RT', 2]]);
  });
});
