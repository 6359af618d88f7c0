// @vitest-environment happy-dom
/**
 * The text walk never asks a recogniser about blank text (the whitespace between a table's cells, about half
 * of its text nodes; lib/detect/text-cursor.ts), still counts it as read, and asks about everything else.
 */
import { describe, expect, it } from 'vitest';
import { TextCursor } from '../../../lib/detect/text-cursor';

describe('TextCursor and blank texts', () => {
  it('skips empty and ASCII-whitespace texts without asking, and asks about any other text', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML =
      '<table><tr>\n  <td>64634</td>\n  <td> \t</td>\n  <td>\u00a0</td>\n  <td>x</td>\n</tr></table>';
    doc.body.append(doc.createTextNode(''));
    const asked: string[] = [];
    const spy = {
      name: 'spy',
      mayHold: (d: string) => {
        asked.push(d);
        return d === '64634';
      },
    };
    const cursor = new TextCursor(doc.body, doc, [spy]);
    const found: string[] = [];
    for (let t = cursor.next(() => false); t; t = cursor.next(() => false)) found.push(t.data);
    expect(found).toEqual(['64634']);
    expect(asked).toEqual(['64634', '\u00a0', 'x']);
    // Every text is still read and counted: ten here, seven of them blank.
    expect(cursor.stats.texts).toBe(countTexts(doc));
    expect(countTexts(doc)).toBe(10);
  });
});

function countTexts(doc: Document): number {
  let n = 0;
  const w = doc.createTreeWalker(doc.body, 4);
  while (w.nextNode()) n++;
  return n;
}
