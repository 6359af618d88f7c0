// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { explainAdjustment, NO_ROW_CODE } from '../../../lib/denials/page-explain';
import { AdjustmentColumns, adjustmentCandidates, adjustmentsInText } from '../../../lib/denials/page-scan';
import { rowQuestion } from '../../../lib/denials/row-claim';
import { collectCodes } from '../../../lib/detect/collect-dom';
import { parseBackgroundRequest } from '../../../lib/messages';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const ds = fixtureDataset();

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const TABLE = `
<p id="addr">97 Main Street, Boulder, CO 80302. Dispense 30 tablets, M80 strength.</p>
<table><thead><tr><th>Procedure</th><th>Mod</th><th>Units</th><th>Adj reason</th><th>Remark codes</th></tr></thead>
<tbody id="claim">
  <tr id="r1"><td>64633</td><td>RT</td><td>1</td><td>CO-45<br>PR-2</td><td></td></tr>
  <tr id="r2"><td>64634</td><td></td><td>1</td><td>CO-45</td><td></td></tr>
  <tr id="r3"><td>77003</td><td></td><td>1</td><td>97</td><td>M80</td></tr>
</tbody></table>
<div hidden>CO-97 hidden</div><input value="CO-97">`;

function scan(doc: Document) {
  const columns = new AdjustmentColumns();
  return [...adjustmentCandidates(doc.body, doc, () => false)].flatMap((t) => adjustmentsInText(t, columns));
}

describe('page scan for adjustment codes', () => {
  it("reads a cell's column from its own row: no query over the whole table, colspans still counted", () => {
    // A whole-table [colspan] query costs ~50 ms on a 50k-line remittance, per hover (docs/performance.md).
    const doc = page(`<table><thead><tr><th>Claim</th><th>Procedure</th><th>Adj reason</th></tr></thead><tbody>
      <tr><td colspan="2">Claim total</td><td id="a">CO-45</td></tr>
      <tr><td>A1</td><td>64633</td><td id="b">PR-2</td></tr></tbody></table>`);
    const table = doc.querySelector('table')!;
    const queried: string[] = [];
    const original = table.querySelector.bind(table);
    table.querySelector = ((sel: string) => {
      queried.push(sel);
      return original(sel);
    }) as typeof table.querySelector;
    const columns = new AdjustmentColumns();
    const found = ['a', 'b'].flatMap((id) => adjustmentsInText(doc.getElementById(id)!.firstChild as Text, columns));
    expect(found.map((m) => `${m.group}:${m.code}`)).toEqual(['CO:45', 'PR:2']);
    expect(queried.filter((q) => q.includes('colspan'))).toEqual([]);
  });

  it("reads each row's table and colspans once, and still tells rows of different tables apart", () => {
    const doc = page(`<table><thead><tr><th>Adj reason</th><th>Remark</th></tr></thead><tbody>
      <tr id="r1"><td id="a1">97</td><td id="a2">97</td></tr></tbody></table>
      <table><thead><tr><th>Remark</th><th>Units</th></tr></thead><tbody>
      <tr id="r2"><td id="b1">M80</td><td id="b2">97</td></tr></tbody></table>`);
    const rows = ['r1', 'r2'].map((id) => doc.getElementById(id)!);
    const asked: string[] = [];
    for (const row of rows) {
      const original = row.querySelector.bind(row);
      row.querySelector = ((sel: string) => {
        asked.push(row.id);
        return original(sel);
      }) as typeof row.querySelector;
    }
    const columns = new AdjustmentColumns();
    const read = (id: string) => adjustmentsInText(doc.getElementById(id)!.firstChild as Text, columns);
    const found = ['a1', 'a2', 'b1', 'b2', 'a1'].flatMap(read);
    // A bare 97 counts in the first table's reason column only; the second table's Units column holds none.
    expect(found.map((m) => `${m.kind}:${m.code}`)).toEqual(['carc:97', 'rarc:M80', 'carc:97']);
    expect(asked).toEqual(['r1', 'r2', 'r1']);
  });

  it('finds codes in adjustment and remark columns, a bare reason in a reason column, and nothing else', () => {
    const found = scan(page(TABLE));
    expect(found.map((m) => `${m.group ?? m.kind}:${m.code}`)).toEqual([
      'CO:45',
      'PR:2',
      'CO:45',
      'carc:97',
      'rarc:M80',
    ]);
    expect(found.every((m) => m.node.data.slice(m.start, m.end).endsWith(m.code))).toBe(true);
  });

  it('asks about a row with its remarks and the claim lines of its table section, marking its own line', () => {
    const doc = page(TABLE);
    const found = scan(doc);
    const codes = collectCodes(doc.body, doc, { isKnown: (c) => ds.has(c) });
    const q = rowQuestion(found[3], codes, found);
    expect(q).toEqual({
      kind: 'carc',
      code: '97',
      remarks: ['M80'],
      lines: [
        { code: '64633', modifiers: ['RT'], units: 1 },
        { code: '64634', modifiers: [], units: 1 },
        { code: '77003', modifiers: [], units: 1 },
      ],
      lineIndex: 2,
    });
    const view = explainAdjustment(
      ds,
      parseBackgroundRequest({ type: 'csToBg:explainAdjustment', ...q, group: 'CO' }) as never,
    );
    expect(view.display).toBe('CO-97');
    expect(view.cause?.rule).toBe('ptp-pair');
    expect(view.cause?.detail).toMatch(/64633 \(line 1\) and 64634 \(line 2\) bundle 77003/);
    expect(view.remarks).toEqual([{ code: 'M80', label: 'Not paid with a service already processed the same day' }]);
  });

  it('explains CO-45 without a cause, and says so when a denial row has no procedure code', () => {
    expect(explainAdjustment(ds, { kind: 'carc', code: '45', group: 'CO', remarks: [] }).cause).toBeUndefined();
    expect(explainAdjustment(ds, { kind: 'carc', code: '97', group: 'CO', remarks: [] }).cause?.detail).toBe(
      NO_ROW_CODE,
    );
    expect(explainAdjustment(ds, { kind: 'carc', code: '288', remarks: [] }).noExplanation).toMatch(
      /No explanation bundled/,
    );
  });
});

describe('explainAdjustment request validation', () => {
  const ok = { type: 'csToBg:explainAdjustment', kind: 'carc', code: '97', remarks: ['M80'] };
  it('accepts a well-formed request and refuses anything else', () => {
    expect(parseBackgroundRequest(ok)).toEqual(ok);
    for (const bad of [
      { ...ok, code: '97<script>' },
      { ...ok, kind: 'cpt' },
      { ...ok, group: 'XX' },
      { ...ok, remarks: ['page text'] },
      { ...ok, remarks: Array(21).fill('M80') },
      { ...ok, lines: [{ code: '64633', modifiers: [], units: 1 }] },
      { ...ok, lines: [{ code: '64633', modifiers: [], units: 1 }], lineIndex: 1 },
      { ...ok, lines: [{ code: 'nope', modifiers: [], units: 1 }], lineIndex: 0 },
    ])
      expect(parseBackgroundRequest(bad), JSON.stringify(bad)).toBeUndefined();
  });
});
