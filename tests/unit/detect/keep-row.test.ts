// @vitest-environment happy-dom
/** collectCodes' `keepRow` option: rows on matches by default, none when the caller asks to leave them out. */
import { describe, expect, it } from 'vitest';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { TableContextCache } from '../../../lib/detect/table-context';
import { isKnown, page } from '../page/dom-helpers';

const HTML = `
  <p>Outside any table: CPT 99213</p>
  <table><thead><tr><th>CPT</th><th>Mod</th><th>Units</th></tr></thead>
  <tbody><tr id="r1"><td>64634</td><td>RT</td><td>2</td></tr><tr id="r2"><td><b>64633</b></td><td></td><td>1</td></tr></tbody></table>
  <div role="grid"><div role="row" id="g1"><div role="gridcell">J1100</div></div></div>`;

describe('collectCodes keepRow', () => {
  it('sets row on table and grid matches by default (and on none outside a table)', () => {
    const doc = page(HTML);
    const ms = collectCodes(doc.body, doc, { isKnown });
    expect(ms.map((m) => [m.code, m.row?.id ?? null])).toEqual([
      ['99213', null],
      ['64634', 'r1'],
      ['64633', 'r2'],
      ['J1100', 'g1'],
    ]);
    expect(collectCodes(doc.body, doc, { isKnown, keepRow: true }).map((m) => m.row?.id ?? null)).toEqual([
      null,
      'r1',
      'r2',
      'g1',
    ]);
  });

  it('keepRow: false leaves row unset (not even as a property) and changes nothing else', () => {
    const doc = page(HTML);
    const kept = collectCodes(doc.body, doc, { isKnown });
    const bare = collectCodes(doc.body, doc, { isKnown, keepRow: false, tables: new TableContextCache() });
    expect(bare).toHaveLength(4);
    for (const m of bare) {
      expect(m.row).toBeUndefined();
      expect('row' in m).toBe(false);
    }
    const strip = (ms: typeof kept) => ms.map(({ row: _row, ...rest }) => rest);
    // Table context still pairs modifiers and units: only the reference is left out.
    expect(strip(bare)).toEqual(strip(kept));
    expect(bare.find((m) => m.code === '64634')).toMatchObject({ modifiers: ['RT'], units: 2 });
  });

  it('keepRow: false on a single cell text node (a mutation rescan) leaves row unset too', () => {
    const doc = page(HTML);
    const text = doc.getElementById('r2')!.querySelector('b')!.firstChild!;
    const [m] = collectCodes(text, doc, { isKnown, keepRow: false });
    expect(m.code).toBe('64633');
    expect(m.row).toBeUndefined();
    const [withRow] = collectCodes(text, doc, { isKnown });
    expect(withRow.row?.id).toBe('r2');
  });
});
