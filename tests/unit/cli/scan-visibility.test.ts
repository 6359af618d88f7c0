import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { computedStyleHidden } from '../../../lib/detect';
import { ruleAwareHidden } from '../../../scripts/cli/scan-visibility';

const PAGE = `<!doctype html><html><head><style>
  .x { display: none } .x.shown { display: block }
  @media screen { .m { visibility: hidden } }
  #a::before { display: none }
  td:nth-child(3) { display: none }
</style></head><body>
  <p id="plain">plain</p><p class="x" id="x">x</p><p class="x shown" id="shown">shown</p>
  <span class="m" id="m">m</span><span id="a">a</span><span hidden id="h">h</span>
  <span style="display:none" id="inline">i</span>
  <table><tr><td id="c1">1</td><td id="c2">2</td><td id="c3">3</td></tr></table>
  <dialog id="d">closed</dialog><dialog open id="o">open</dialog>
</body></html>`;

function both(html: string) {
  const w = new Window();
  w.document.write(html);
  const doc = w.document as unknown as Document;
  const fast = ruleAwareHidden(doc, w as never);
  const slow = computedStyleHidden(w as never);
  return { doc, fast, slow };
}

describe('ruleAwareHidden (scan)', () => {
  it('answers as computed style does, for stylesheet, media, override, inline, attribute and default rules', () => {
    const { doc, fast, slow } = both(PAGE);
    const ids = ['plain', 'x', 'shown', 'm', 'a', 'h', 'inline', 'c1', 'c2', 'c3', 'd', 'o'];
    const answers = ids.map((id) => fast(doc.getElementById(id)!));
    expect(answers).toEqual(ids.map((id) => slow(doc.getElementById(id)!)));
    expect(Object.fromEntries(ids.map((id, i) => [id, answers[i]]))).toMatchObject({
      plain: false,
      x: true,
      shown: false,
      m: true,
      h: true,
      inline: true,
      c3: true,
      c2: false,
    });
  });

  it('computes style only for elements a hiding rule could match', () => {
    const w = new Window();
    w.document.write('<style>.x{display:none}</style><p>a</p><p class="x">b</p><p>c</p>');
    let computed = 0;
    const win = {
      getComputedStyle: (el: Element) => {
        computed++;
        return w.getComputedStyle(el as never);
      },
    };
    const hidden = ruleAwareHidden(w.document as unknown as Document, win as never);
    const ps = [...w.document.querySelectorAll('p')].map((p) => hidden(p as unknown as Element));
    expect(ps).toEqual([false, true, false]);
    expect(computed).toBe(1);
  });

  it('odd selectors (unknown pseudo-classes, pseudo-elements) give the same answers as computed style', () => {
    const { doc, fast, slow } = both(
      '<style>p:unknown-pseudo(1) { display: none } .y { display: none } p::first-line { display: none }</style><p class="y">b</p><p>c</p>',
    );
    const ps = [...doc.querySelectorAll('p')];
    expect(ps.map(fast)).toEqual(ps.map(slow));
    expect(ps.map(fast)).toEqual([true, false]);
  });
});
