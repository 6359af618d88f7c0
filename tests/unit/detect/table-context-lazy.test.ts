// @vitest-environment happy-dom
/**
 * Table context with the lazy row listing: headers from leading rows (thead, header cells, a digit-free first
 * row), and a big table's rows are not all listed to find the header of its first body row.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableContextCache } from '../../../lib/detect/table-context';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}
const ctxOf = (doc: Document, id: string, cache = new TableContextCache()) => cache.contextOf(doc.getElementById(id)!);

describe('table header with lazily listed rows', () => {
  it('thead rows first: all of them form the header; body cells take their column role', () => {
    const doc = page(`<table>
      <thead><tr><th>Procedure</th><th>Mod</th><th colspan="2">Billed</th></tr><tr><th>Code</th><th></th><th>Units</th><th>Amount</th></tr></thead>
      <tbody><tr id="r1"><td id="c">64634</td><td id="m">RT</td><td id="u">2</td><td id="a">400.00</td></tr></tbody></table>`);
    const cache = new TableContextCache();
    const c = ctxOf(doc, 'c', cache)!;
    expect(c.row.id).toBe('r1');
    expect(c.column).toBe(0);
    expect(c.role).toBe('code');
    expect(c.headerRoles).toHaveLength(4);
    expect(ctxOf(doc, 'm', cache)!.role).toBe('modifier');
    expect(ctxOf(doc, 'u', cache)!.role).toBe('units');
    expect(ctxOf(doc, 'a', cache)!.column).toBe(3);
    const paired = cache.pairedCells(c);
    expect(paired.modifiers.map((e) => e.id)).toEqual(['m']);
    expect(paired.units.map((e) => e.id)).toEqual(['u']);
  });

  it('a header cell in thead is never a code column', () => {
    const doc = page(
      '<table><thead><tr><th id="h">CPT</th></tr></thead><tbody><tr><td>64634</td></tr></tbody></table>',
    );
    expect(ctxOf(doc, 'h')!.role).toBe('negative');
  });

  it('leading rows of header cells without thead, and a digit-free first <td> row, are headers', () => {
    const doc = page(`
      <table><tr><th>CPT</th><th>Units</th></tr><tr><td id="a">64634</td><td>2</td></tr></table>
      <table><tr><td>HCPCS</td><td>Qty</td></tr><tr><td id="b">J1100</td><td id="q">3</td></tr></table>`);
    expect(ctxOf(doc, 'a')!.role).toBe('code');
    const cache = new TableContextCache();
    expect(ctxOf(doc, 'b', cache)!.role).toBe('code');
    expect(ctxOf(doc, 'q', cache)!.role).toBe('units');
  });

  it("a later digit-free row is not a header, and rows of a nested table are not the outer table's", () => {
    const doc = page(`
      <table><tr><td>64634</td><td>2</td></tr><tr><td>CPT</td><td>Units</td></tr><tr><td id="x">64633</td><td>1</td></tr></table>
      <table><tbody><tr><td><table><tr><th>Claim #</th></tr></table></td></tr><tr><td id="y">64634</td></tr></tbody></table>`);
    expect(ctxOf(doc, 'x')!.role).toBeUndefined();
    expect(ctxOf(doc, 'x')!.headerRoles).toEqual([]);
    expect(ctxOf(doc, 'y')!.role).toBeUndefined();
  });

  it('ARIA grids: rowgroup wrappers are looked through', () => {
    const doc = page(`<div role="grid">
      <div role="rowgroup"><div role="row"><div role="columnheader">Service Code</div><div role="columnheader">Modifier</div></div></div>
      <div role="rowgroup"><div role="row" id="r"><div role="gridcell" id="g">99213</div><div role="gridcell" id="gm">25</div></div></div></div>`);
    const cache = new TableContextCache();
    const g = ctxOf(doc, 'g', cache)!;
    expect(g.row.id).toBe('r');
    expect(g.role).toBe('code');
    expect(ctxOf(doc, 'gm', cache)!.role).toBe('modifier');
  });
});

describe('a 2,000-row table', () => {
  afterEach(() => vi.restoreAllMocks());

  function bigTable(rows: number): Document {
    const body = Array.from(
      { length: rows },
      (_, i) => `<tr id="r${i}"><td id="c${i}">64634</td><td>RT</td><td>${(i % 9) + 1}</td></tr>`,
    ).join('');
    return page(
      `<table id="t"><thead><tr><th>CPT</th><th>Mod</th><th>Units</th></tr></thead><tbody id="tb">${body}</tbody></table>`,
    );
  }

  /** Counts `nextElementSibling` reads on the table's rows (how many rows were listed). */
  function countRowSteps(doc: Document) {
    const tb = doc.getElementById('tb')!;
    const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'nextElementSibling');
    expect(desc?.get).toBeTypeOf('function');
    const counter = { rows: 0 };
    vi.spyOn(Element.prototype, 'nextElementSibling', 'get').mockImplementation(function (this: Element) {
      if (this.localName === 'tr' && this.parentElement === tb) counter.rows++;
      return desc!.get!.call(this);
    });
    return counter;
  }

  it('the context of a cell in the first body row lists only the first rows', () => {
    const doc = bigTable(2000);
    const counter = countRowSteps(doc);
    const c = ctxOf(doc, 'c0')!;
    expect(c.role).toBe('code');
    expect(c.row.id).toBe('r0');
    expect(counter.rows).toBeLessThan(10);
  });

  it('so does a cell of the last row, and the cached header serves the rows in between', () => {
    const doc = bigTable(2000);
    const counter = countRowSteps(doc);
    const cache = new TableContextCache();
    expect(ctxOf(doc, 'c1999', cache)!.role).toBe('code');
    for (let i = 0; i < 50; i++) expect(ctxOf(doc, `c${i}`, cache)!.role).toBe('code');
    expect(counter.rows).toBeLessThan(10);
  });

  it('the counter does see rows being listed (sanity check of the spy)', () => {
    const doc = bigTable(2000);
    const counter = countRowSteps(doc);
    let n = 0;
    for (let r: Element | null = doc.getElementById('r0'); r; r = r.nextElementSibling) n++;
    expect(n).toBe(2000);
    expect(counter.rows).toBe(2000);
  });
});

describe('paired cells of a code (Mod/Units), found from the code cell', () => {
  const HEAD = ['Mod', 'Claim', 'CPT', 'Units', 'A', 'B', 'C', 'D', 'Qty'].map((h) => `<th>${h}</th>`).join('');
  const ROW = ['RT', '123', '64634', '2', '', '', '', '', '3'].map((v, i) => `<td id="c${i}">${v}</td>`).join('');

  it('reaches columns before and after the code cell, near and far, in a plain row', () => {
    const doc = page(`<table><thead><tr>${HEAD}</tr></thead><tbody><tr>${ROW}</tr></tbody></table>`);
    const cache = new TableContextCache();
    const c = ctxOf(doc, 'c2', cache)!;
    expect(c.role).toBe('code');
    expect(c.paired).toEqual([0, 3, 8]);
    expect(c.paired.map((col) => cache.pairedCell(c, col)?.id)).toEqual(['c0', 'c3', 'c8']);
  });

  it('counts colspans when a cell of the row spans columns', () => {
    const row = '<td id="m">RT</td><td colspan="2">1</td><td id="k">64634</td><td id="u">2</td>';
    const head = '<th>Mod</th><th>A</th><th>B</th><th>CPT</th><th>Units</th>';
    const doc = page(`<table><thead><tr>${head}</tr></thead><tbody><tr>${row}</tr></tbody></table>`);
    const cache = new TableContextCache();
    const c = ctxOf(doc, 'k', cache)!;
    expect(c.column).toBe(3);
    expect(c.paired.map((col) => cache.pairedCell(c, col)?.id)).toEqual(['m', 'u']);
  });
});

describe("a row's table, from the previous row's when they share a parent", () => {
  it('keeps each row in its own table: consecutive rows, a nested table between them, and a second table', () => {
    const doc = page(`<table><thead><tr><th>CPT</th><th>Notes</th></tr></thead><tbody>
      <tr><td id="a">64634</td><td><table><thead><tr><th>ZIP</th></tr></thead><tbody><tr><td id="n">99213</td></tr></tbody></table></td></tr>
      <tr><td id="b">64633</td><td></td></tr></tbody></table>
      <table><thead><tr><th>Units</th></tr></thead><tbody><tr><td id="u">2</td></tr></tbody></table>`);
    const cache = new TableContextCache();
    expect(['a', 'n', 'b', 'u', 'a'].map((id) => ctxOf(doc, id, cache)!.role)).toEqual([
      'code',
      'negative',
      'code',
      'units',
      'code',
    ]);
  });
});
