// @vitest-environment happy-dom
/**
 * A cell's text (lib/detect/table-shape.ts `cellText`): the same string whether the cell holds text only (read
 * by the browser in one call) or elements too (walked), comments left out, and never longer than asked.
 */
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../lib/detect/table-shape';

function cell(build: (td: HTMLTableCellElement, doc: Document) => void): HTMLTableCellElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<table><tr><td></td></tr></table>';
  const td = doc.querySelector('td')!;
  build(td, doc);
  return td;
}

describe('cellText', () => {
  it('joins text-only cells, split text nodes included, without comments', () => {
    const td = cell((td, doc) =>
      td.append(doc.createTextNode('RT '), doc.createComment('59'), doc.createTextNode('59')),
    );
    expect(td.childNodes).toHaveLength(3);
    expect(cellText(td)).toBe('RT 59');
  });

  it('reads the same text through child elements', () => {
    expect(cellText(cell((td) => (td.innerHTML = 'RT <b>59</b><!-- x --> <span>XS</span>')))).toBe('RT 59 XS');
  });

  it('cuts at the limit either way', () => {
    expect(
      cellText(
        cell((td) => (td.textContent = 'x'.repeat(600))),
        512,
      ),
    ).toHaveLength(512);
    expect(
      cellText(
        cell((td) => (td.innerHTML = `<b>${'x'.repeat(600)}</b>`)),
        10,
      ),
    ).toBe('x'.repeat(10));
    expect(cellText(cell(() => {}))).toBe('');
  });
});
