// @vitest-environment happy-dom
/**
 * Which two-character tokens on a page are modifiers (lib/modifiers/page-modifiers.ts): a corpus of
 * positives (after a detected code, in a Mod cell of a row with a billed code) and look-alike traps (a
 * street "RT 9", "LT" and "XS" in prose, a Mod cell of a row without a code, a mentioned code's spaced
 * suffix). The codes come from the real detector over the bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { collectCodes, type DomCodeMatch } from '../../../lib/detect';
import { TableContextCache } from '../../../lib/detect/table-context';
import { modifierAt, modifiersIn } from '../../../lib/modifiers/page-modifiers';

const ds = fixtureDataset();

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test fixture setup only; lib/ never writes HTML
  return doc;
}

/** Every modifier on the page, as "MOD@code" (the code it belongs to). */
function modifiersOf(html: string): string[] {
  const doc = page(html);
  const byNode = new Map<Text, DomCodeMatch[]>();
  for (const m of collectCodes(doc.body, doc, { isKnown: (c) => ds.has(c) }))
    byNode.set(m.node, [...(byNode.get(m.node) ?? []), m]);
  const codesOf = (t: Text) => byNode.get(t) ?? [];
  const tables = new TableContextCache();
  const walker = doc.createTreeWalker(doc.body, 4);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const m of modifiersIn(n as Text, tables, codesOf)) {
      expect((n as Text).data.slice(m.start, m.end).toUpperCase()).toBe(m.modifier);
      out.push(`${m.modifier}@${m.code.code}`);
    }
  return out;
}

const claimTable = (rows: string) =>
  `<table><thead><tr><th>Ln</th><th>Procedure</th><th>Mod</th><th>Units</th></tr></thead><tbody>${rows}</tbody></table>`;

describe('positives', () => {
  it.each([
    ['<p>Billed 64634-RT x2 on line 2.</p>', ['RT@64634']],
    ['<p>+64634-RT-59 with 64633</p>', ['RT@64634', '59@64634']],
    ['<p>64490–XS reported</p>', ['XS@64490']],
    ['<pre>SV1*HC:64634:RT:59*1460*UN*2***1~</pre>', ['RT@64634', '59@64634']],
    [claimTable('<tr><td>1</td><td>64633</td><td>RT</td><td>1</td></tr>'), ['RT@64633']],
    [claimTable('<tr><td>2</td><td>64634</td><td>RT, 59</td><td>2</td></tr>'), ['RT@64634', '59@64634']],
    [claimTable('<tr><td>6</td><td>99213</td><td>25</td><td>1</td></tr>'), ['25@99213']],
    [claimTable('<tr><td>3</td><td>64490 XS</td><td></td><td>1</td></tr>'), ['XS@64490']],
  ])('%s', (html, want) => {
    expect(modifiersOf(html)).toEqual(want);
  });
});

describe('look-alike traps', () => {
  it.each([
    ['a street: "RT 9" and "Route 59"', '<p>Take RT 9 north, then Route 59 to the clinic.</p>'],
    ['words "LT" and "XS" in prose', '<p>LT Smith ordered XS gloves; size XS is out of stock.</p>'],
    ['a Mod cell whose row has no code', claimTable('<tr><td>Total</td><td>—</td><td>RT</td><td>3</td></tr>')],
    ['a Mod cell beside a written range', claimTable('<tr><td>1</td><td>64490-64495</td><td>RT</td><td>1</td></tr>')],
    ['a Units cell', claimTable('<tr><td>1</td><td>64633</td><td></td><td>59</td></tr>')],
    ['a Mod cell holding words', claimTable('<tr><td>1</td><td>64633</td><td>see note</td><td>1</td></tr>')],
    ['a ZIP after an address', '<p>PO Box 64634, Spokane, WA 99220</p>'],
    ['a ratio or time after a code', '<p>Case 64634:25 min, then 64633:59 s.</p>'],
  ])('%s', (_what, html) => {
    expect(modifiersOf(html)).toEqual([]);
  });

  it('a mentioned code takes a hyphenated modifier, never a spaced one', () => {
    expect(modifiersOf('<p>The policy covers 64633 RT and 64634-LT.</p>')).toEqual(['LT@64634']);
  });
});

describe('modifierAt', () => {
  it('finds the modifier covering a caret offset, and nothing on the code itself', () => {
    const doc = page('<p>64634-RT x2</p>');
    const node = doc.querySelector('p')!.firstChild as Text;
    const codes = collectCodes(doc.body, doc, { isKnown: (c) => ds.has(c) });
    const codesOf = (t: Text) => (t === node ? codes : []);
    const tables = new TableContextCache();
    expect(modifierAt(node, 7, tables, codesOf)?.modifier).toBe('RT');
    expect(modifierAt(node, 2, tables, codesOf)).toBeUndefined();
    expect(modifierAt(doc.body, 0, tables, codesOf)).toBeUndefined();
  });
});
