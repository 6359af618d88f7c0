// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isScanUnit, scanUnits, unitOf } from '../../../lib/page/scan-units';
import { page } from './dom-helpers';

const label = (n: Node) =>
  n.nodeType === 3
    ? `#text:${(n as Text).data.trim()}`
    : `${(n as Element).localName}${(n as Element).id ? `#${(n as Element).id}` : ''}`;

describe('scanUnits', () => {
  it('yields rows, paragraphs and loose text that can hold a code, in document order, skipping scripts and hidden parts', () => {
    const doc = page(`
      <h1>Claims 2026</h1>
      <table><tbody>
        <tr id="r1"><td>64633</td><td>RT</td></tr>
        <tr id="r2"><td>none</td></tr>
        <tr id="r3"><td>64634</td></tr>
      </tbody></table>
      <div><span>loose 99213</span><div id="leaf">Code <b>J1100</b></div></div>
      <script>var x = "64633";</script>
      <div hidden><p>64490</p></div>
      <p id="p">0213T</p>`);
    expect([...scanUnits(doc.body)].map(label)).toEqual(['h1', 'tr#r1', 'tr#r3', 'span', 'div#leaf', 'p#p']);
  });

  it('starts at the outermost unit holding the `from` node and continues to the end', () => {
    const doc = page('<p id="a">11111</p><table><tr id="r"><td id="cell">64633</td></tr></table><p id="b">64634</p>');
    const from = doc.getElementById('cell')!;
    expect(unitOf(from, doc.body)).toBe(doc.getElementById('r'));
    expect([...scanUnits(doc.body, { from })].map(label)).toEqual(['tr#r', 'p#b']);
  });

  it('treats a single added text node or element as its own root', () => {
    const doc = page('<p>x</p>');
    const t = doc.createTextNode('64634');
    doc.body.append(t);
    expect([...scanUnits(t)]).toEqual([t]);
    expect([...scanUnits(doc.createTextNode('no code'))]).toEqual([]);
  });

  it('does not treat big containers as units', () => {
    const doc = page('<main id="m">text 64633<p>64634</p></main>');
    expect(isScanUnit(doc.getElementById('m')!)).toBe(false);
    expect(isScanUnit(doc.querySelector('p')!)).toBe(true);
  });

  it('reads big tables row by row, so they scan in slices (the pass shares one table cache)', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>6463${i % 2 ? 3 : 4}</td></tr>`).join('');
    const doc = page(`<table><tbody id="big">${rows(1001)}</tbody></table>`);
    const units = [...scanUnits(doc.body)];
    expect(units.length).toBe(1001);
    expect(units.every((u) => (u as Element).localName === 'tr')).toBe(true);
  });
});
