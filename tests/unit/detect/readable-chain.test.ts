// @vitest-environment happy-dom
/**
 * The candidate path's visibility check (lib/detect/readable-chain.ts): answers from the previous text's
 * ancestors, judges each new element once while its branch is being read, and is never fooled by a branch
 * change (a hidden or skipped ancestor on the new branch, a shadow host above a shadow tree).
 */
import { describe, expect, it } from 'vitest';
import { ReadableChain } from '../../../lib/detect/readable-chain';
import { attributeHidden } from '../../../lib/detect/visibility';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

function spy() {
  const asked: string[] = [];
  const check = (el: Element) => {
    asked.push(el.id || el.localName);
    return attributeHidden(el);
  };
  return { check, asked };
}

describe('ReadableChain', () => {
  const HTML =
    '<table id="t"><tbody id="b"><tr id="r1"><td id="a">1</td><td id="c">2</td></tr>' +
    '<tr id="r2" hidden><td id="h">3</td></tr><tr id="r3"><td id="s"><script id="x">4</script></td><td id="d">5</td></tr></tbody></table>';

  it('judges the elements shared with the previous text once, and only the new branch after that', () => {
    const doc = page(HTML);
    const { check, asked } = spy();
    const chain = new ReadableChain(check);
    expect(chain.readable(doc.getElementById('a')!)).toBe(true);
    expect(asked).toEqual(['html', 'body', 't', 'b', 'r1', 'a']);
    asked.length = 0;
    expect(chain.readable(doc.getElementById('c')!)).toBe(true);
    expect(asked).toEqual(['c']);
  });

  it('says no under a hidden or skipped ancestor, and yes again on a visible branch after it', () => {
    const doc = page(HTML);
    const chain = new ReadableChain(attributeHidden);
    expect(chain.readable(doc.getElementById('a')!)).toBe(true);
    expect(chain.readable(doc.getElementById('h')!)).toBe(false);
    expect(chain.readable(doc.getElementById('x')!)).toBe(false);
    expect(chain.readable(doc.getElementById('d')!)).toBe(true);
    // The same node asked twice in a row (the chain ends at it) keeps its answer.
    expect(chain.readable(doc.getElementById('d')!)).toBe(true);
    expect(chain.readable(doc.getElementById('h')!)).toBe(false);
  });

  it('climbs from a shadow tree to its host, so a hidden host hides its shadow text', () => {
    const doc = page('<div id="host" hidden></div><div id="open"></div>');
    const chain = new ReadableChain(attributeHidden);
    const hidden = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    hidden.innerHTML = '<span id="in">64634</span>';
    const open = doc.getElementById('open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<span id="in2">64634</span>';
    expect(chain.readable(open.getElementById('in2')!)).toBe(true);
    expect(chain.readable(hidden.getElementById('in')!)).toBe(false);
    expect(chain.readable(open.getElementById('in2')!)).toBe(true);
  });

  it('forgets the chain on clear, so the next question judges its whole path again', () => {
    const doc = page(HTML);
    const { check, asked } = spy();
    const chain = new ReadableChain(check);
    chain.readable(doc.getElementById('a')!);
    chain.clear();
    asked.length = 0;
    chain.readable(doc.getElementById('c')!);
    expect(asked).toEqual(['html', 'body', 't', 'b', 'r1', 'c']);
  });
});
