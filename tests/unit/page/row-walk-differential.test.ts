// @vitest-environment happy-dom
/**
 * The walk of big table bodies by rows (lib/detect/row-walk.ts) is exact: on the corpus pages, the fixture
 * pages and generated tables (random header roles, colspans and rowspans, nested tables and ARIA grids, hidden
 * rows, cells of several texts, whitespace, text directly in rows, adjustment codes in odd columns), the codes
 * (with modifiers and units) and adjustment codes it finds equal those the plain text walk finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/remit-page';
import { scanBoth } from './row-walk-scan';

const HEADERS = [
  'CPT/HCPCS',
  'Procedure',
  'Code',
  'Mod',
  'Modifiers',
  'Units',
  'Billed',
  'Paid',
  'ZIP',
  'NPI',
  'Adj',
  'Adj reason',
  'Group/Reason',
  'Remark codes',
  'Remarks',
  'Description',
  'Patient',
  'Claim #',
  'DOS',
  '',
  'Notes',
];
const VALUES = [
  '64634',
  '99213',
  '20610',
  'J1100',
  '0001U',
  '3008F',
  '64490-59',
  '99213 x2',
  '+64634',
  '64490-64495',
  'RT',
  '59',
  'RT 59',
  '2',
  '1',
  '$64,634.00',
  '99204',
  'CO-45',
  'CO 97',
  'PR-2',
  'N362',
  'M80',
  'MA130',
  '97',
  'B15',
  'Remark code: N130',
  'CARC 97',
  'see CO-16 and M15',
  'W123456789',
  '03/14/2026',
  'Lee, Ana',
  '',
  ' ',
  '\n  ',
  'CPT 64634',
  'Bundled with 64490-59 x2',
  'ref 1646344',
  'CO',
  '-45',
  'N',
  '362',
];
const ROLES = ['grid', 'table', 'row', 'cell', 'presentation'];

/** A random cell's content: text, several texts, elements, a nested table or grid, a comment. */
function fill(doc: Document, td: Element, r: () => number): void {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const x = r();
  if (x < 0.55) td.append(pick(VALUES));
  else if (x < 0.7)
    td.append(pick(VALUES), pick(VALUES)); // two text nodes ("CO" + "-45", "N" + "362")
  else if (x < 0.78) td.append(doc.createComment('c'), pick(VALUES), doc.createElement('br'), pick(VALUES));
  else if (x < 0.86) {
    const a = doc.createElement(pick(['a', 'span', 'b']));
    a.textContent = pick(VALUES);
    if (r() < 0.3) a.setAttribute(pick(['hidden', 'role']), pick(ROLES));
    td.append(pick(['', ' ', 'Code ']), a, pick(['', ' x2', '-59']));
  } else if (x < 0.92) {
    const t = doc.createElement('table');
    t.innerHTML = `<tr><th>${pick(HEADERS)}</th><th>${pick(HEADERS)}</th></tr><tr><td>${pick(VALUES)}</td><td>${pick(VALUES)}</td></tr>`;
    td.append(t);
  } else if (x < 0.96) {
    const g = doc.createElement('div');
    g.setAttribute('role', 'grid');
    g.innerHTML = `<div role="row"><div role="columnheader">${pick(HEADERS)}</div></div><div role="row"><div role="gridcell">${pick(VALUES)}</div></div>`;
    td.append(g);
  }
}

/** A random table: a header (thead, th row or none), then rows with random quirks. */
function randomTable(doc: Document, r: () => number): HTMLTableElement {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const width = 1 + Math.floor(r() * 7);
  const heads = Array.from({ length: width }, () => pick(HEADERS));
  const table = doc.createElement('table');
  const h = r();
  const headRow = `<tr>${heads.map((t) => (h < 0.9 ? `<th>${t}</th>` : `<td>${t.replace(/\d/g, '')}</td>`)).join('')}</tr>`;
  if (h < 0.6) table.innerHTML = `<thead>${headRow}</thead><tbody></tbody>`;
  else table.innerHTML = `<tbody>${headRow}</tbody>`;
  const body = table.tBodies[0];
  const rows = 2 + Math.floor(r() * 12);
  for (let i = 0; i < rows; i++) {
    const tr = doc.createElement('tr');
    const q = r();
    const cells = q < 0.06 ? width + 1 : q < 0.1 ? Math.max(1, width - 1) : width;
    for (let k = 0; k < cells; k++) {
      if (r() < 0.5) tr.append(pick(['\n  ', ' ', '']));
      const td = doc.createElement(r() < 0.04 ? 'th' : 'td');
      if (r() < 0.04) td.setAttribute(pick(['colspan', 'rowspan']), '2');
      if (r() < 0.03) td.setAttribute('role', pick(ROLES));
      fill(doc, td, r);
      tr.append(td);
    }
    if (r() < 0.05) tr.append(pick(['64634', 'CO-45', ' N362']));
    if (r() < 0.05) tr.setAttribute('hidden', '');
    if (r() < 0.04) tr.setAttribute('style', 'display:none');
    if (r() < 0.04) tr.setAttribute('role', pick(ROLES));
    body.append(tr, '\n');
  }
  if (r() < 0.05) body.append('CO-45 64634');
  if (r() < 0.05) body.setAttribute('role', pick(ROLES));
  return table;
}

async function same(doc: Document) {
  const plain = await scanBoth(doc, Number.POSITIVE_INFINITY);
  const rows = await scanBoth(doc, 1);
  expect(rows.codes).toEqual(plain.codes);
  expect(rows.adjustments).toEqual(plain.adjustments);
  expect(rows.errors).toBe(0);
  return { plain, rows };
}

describe('the walk of table bodies by rows finds what the plain walk finds', () => {
  it('on every corpus page', async () => {
    const dir = join(__dirname, '../../fixtures/corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      document.documentElement.innerHTML = readFileSync(join(dir, f), 'utf8');
      const { plain } = await same(document);
      expect(plain.codes.length + plain.adjustments.length, f).toBeGreaterThanOrEqual(0);
    }
  });

  it('on 300 generated pages of random tables, and reads fewer texts', async () => {
    let fewer = 0;
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = seededRandom(seed);
      document.body.innerHTML = '<p>CO-45 before 64634</p>';
      for (let t = 0; t < 1 + Math.floor(r() * 3); t++) document.body.append(randomTable(document, r), '\n');
      const { plain, rows } = await same(document);
      if (rows.texts < plain.texts) fewer++;
      found += plain.codes.length + plain.adjustments.length;
    }
    // The pages hold codes, and most have a column the row walk leaves out.
    expect(found).toBeGreaterThan(1000);
    expect(fewer).toBeGreaterThan(100);
  });
});
