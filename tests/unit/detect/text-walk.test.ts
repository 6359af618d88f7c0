// @vitest-environment happy-dom
/**
 * The visible-text walk: each element judged once, hidden subtrees never visited, open shadow roots after the
 * light tree, and `ancestorsChecked` trusting the caller about the root's ancestors (never about the root).
 */
import { describe, expect, it } from 'vitest';
import { visibleTextNodes, walkVisibleText } from '../../../lib/detect/text-walk';
import { attributeHidden } from '../../../lib/detect/visibility';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}
const texts = (nodes: Text[]) => nodes.map((t) => t.data.trim()).filter(Boolean);

/** An isHidden check that records what it was asked about. */
function spyHidden(hidden: (el: Element) => boolean = attributeHidden) {
  const asked: Element[] = [];
  const check = (el: Element) => {
    asked.push(el);
    return hidden(el);
  };
  return { check, asked, ids: () => asked.map((e) => e.id || e.localName) };
}

describe('walkVisibleText with ancestorsChecked', () => {
  const HTML = `<section id="sec"><article id="art"><div id="root"><p id="p1">one</p><div id="d"><span id="s">two</span></div></div></article></section>`;

  it("does not judge the root's ancestors, but judges the root and everything below it, once each", () => {
    const doc = page(HTML);
    const root = doc.getElementById('root')!;
    const spy = spyHidden();
    expect(texts(visibleTextNodes(root, doc, { isHidden: spy.check, ancestorsChecked: true }))).toEqual(['one', 'two']);
    expect(spy.ids().sort()).toEqual(['d', 'p1', 'root', 's']);
    for (const id of ['sec', 'art']) expect(spy.asked).not.toContain(doc.getElementById(id));
    expect(spy.asked).not.toContain(doc.body);
    expect(spy.asked).not.toContain(doc.documentElement);
  });

  it("without the flag, the root's ancestors are judged", () => {
    const doc = page(HTML);
    const spy = spyHidden();
    expect(texts(visibleTextNodes(doc.getElementById('root')!, doc, { isHidden: spy.check }))).toEqual(['one', 'two']);
    expect(spy.asked).toContain(doc.getElementById('sec'));
    expect(spy.asked).toContain(doc.getElementById('art'));
    expect(spy.asked).toContain(doc.body);
  });

  it('a hidden ancestor hides the root without the flag, and is trusted away with it', () => {
    const doc = page('<div hidden><div id="root"><p>64633</p></div></div>');
    const root = doc.getElementById('root')!;
    expect(visibleTextNodes(root, doc)).toEqual([]);
    expect(texts(visibleTextNodes(root, doc, { ancestorsChecked: true }))).toEqual(['64633']);
  });

  it('a skipped ancestor (script/template/contenteditable) excludes the root without the flag', () => {
    const doc = page('<div contenteditable="true"><div id="root"><p>64633</p></div></div>');
    expect(visibleTextNodes(doc.getElementById('root')!, doc)).toEqual([]);
  });

  it('a hidden or skipped root is still rejected with the flag', () => {
    const doc = page(
      '<div id="h" style="display:none"><p>64633</p></div><div id="e" contenteditable=""><p>64634</p></div><p id="ok">J1100</p>',
    );
    const spy = spyHidden();
    expect(visibleTextNodes(doc.getElementById('h')!, doc, { isHidden: spy.check, ancestorsChecked: true })).toEqual(
      [],
    );
    // Rejected at the root: nothing below it was asked about.
    expect(spy.ids()).toEqual(['h']);
    expect(visibleTextNodes(doc.getElementById('e')!, doc, { ancestorsChecked: true })).toEqual([]);
    expect(texts(visibleTextNodes(doc.getElementById('ok')!, doc, { ancestorsChecked: true }))).toEqual(['J1100']);
  });

  it('a text-node root is visited unchecked with the flag and checked without it', () => {
    const doc = page('<div hidden><p id="p">64633</p></div>');
    const text = doc.getElementById('p')!.firstChild as Text;
    const spy = spyHidden();
    expect(visibleTextNodes(text, doc, { isHidden: spy.check, ancestorsChecked: true })).toEqual([text]);
    expect(spy.asked).toEqual([]);
    expect(visibleTextNodes(text, doc, { isHidden: spy.check })).toEqual([]);
    expect(spy.asked.length).toBeGreaterThan(0);
  });
});

describe('walkVisibleText', () => {
  it('never visits text of hidden or skipped subtrees, and judges each element at most once', () => {
    const doc = page(`
      <div id="a">before<div id="h" hidden><p id="hp">64633 <b id="hb">deep</b></p></div>
      <p id="n" style="visibility:hidden">64634</p><script>var x = "99213";</script>
      <ul id="l"><li id="l1">x1</li><li id="l2">x2 <i id="it">x3</i></li></ul>after</div>`);
    const spy = spyHidden();
    const seen: string[] = [];
    walkVisibleText(doc.body, doc, { isHidden: spy.check }, (t) => {
      if (t.data.trim()) seen.push(t.data.trim());
    });
    expect(seen).toEqual(['before', 'x1', 'x2', 'x3', 'after']);
    // The hidden elements themselves were judged (and rejected).
    expect(spy.asked).toContain(doc.getElementById('h'));
    expect(spy.asked).toContain(doc.getElementById('n'));
    // Each element judged at most once despite several texts sharing it.
    expect(new Set(spy.asked).size).toBe(spy.asked.length);
  });

  it('honours a custom isHidden', () => {
    const doc = page('<p class="x">64633</p><p>64634</p><div class="x"><span>J1100</span></div>');
    const nodes = visibleTextNodes(doc.body, doc, { isHidden: (el) => el.classList.contains('x') });
    expect(texts(nodes)).toEqual(['64634']);
  });

  it('walks open shadow roots after the light tree, skipping hidden hosts and hidden shadow content', () => {
    const doc = page(
      '<p>light 1</p><div id="host"></div><p>light 2</p><div id="hidden-host" hidden></div><div id="outer"><div id="inner-host"></div></div>',
    );
    const host = doc.getElementById('host')!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>shadow A</span><span hidden>shadow hidden</span><div id="nested-host"></div>';
    const nested = sr.getElementById('nested-host')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<b>nested</b>';
    doc.getElementById('hidden-host')!.attachShadow({ mode: 'open' }).innerHTML = '<i>never</i>';
    doc.getElementById('inner-host')!.attachShadow({ mode: 'open' }).innerHTML = '<i>shadow B</i>';

    expect(texts(visibleTextNodes(doc.body, doc))).toEqual(['light 1', 'light 2', 'shadow A', 'nested', 'shadow B']);
    expect(texts(visibleTextNodes(doc.body, doc, { shadowRoots: false }))).toEqual(['light 1', 'light 2']);
    // With the flag, shadow content below the root is still judged.
    expect(texts(visibleTextNodes(doc.getElementById('outer')!, doc, { ancestorsChecked: true }))).toEqual([
      'shadow B',
    ]);
    doc.getElementById('inner-host')!.shadowRoot!.innerHTML = '<i hidden>gone</i><i>shown</i>';
    expect(texts(visibleTextNodes(doc.getElementById('outer')!, doc, { ancestorsChecked: true }))).toEqual(['shown']);
  });

  it('a shadow root as root is judged by its host unless the caller vouches for it', () => {
    const doc = page('<div hidden><div id="host"></div></div>');
    const sr = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>64633</p>';
    expect(visibleTextNodes(sr, doc)).toEqual([]);
    expect(texts(visibleTextNodes(sr, doc, { ancestorsChecked: true }))).toEqual(['64633']);
  });

  it('walks the shadow root of a root that is itself a shadow host (a scan unit with its own light text)', () => {
    const doc = page('<div id="h">Code: </div>');
    const host = doc.getElementById('h')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>CPT 64633</span><slot></slot>';
    expect(texts(visibleTextNodes(host, doc))).toEqual(['Code:', 'CPT 64633']);
    expect(texts(visibleTextNodes(host, doc, { shadowRoots: false }))).toEqual(['Code:']);
  });
});
