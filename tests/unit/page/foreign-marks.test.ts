// @vitest-environment happy-dom
/**
 * Marks another feature hands the highlight layer (adjustment codes): drawn with the store's codes, from their
 * own list (lib/page/foreign-marks.ts), and taken off again.
 */
import { describe, expect, it, vi } from 'vitest';
import { ForeignMarks } from '../../../lib/page/foreign-marks';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import { EXACT_LIMIT, MARK_SCREENS } from '../../../lib/page/limits';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { page, textNode } from './dom-helpers';

describe('foreign marks', () => {
  it('are offered with the store, drawn by the layer, and removed', () => {
    const doc = page('<p id="a">64634 CO-97</p><p id="b">PR-2</p>');
    const a = textNode(doc.getElementById('a')!, '64634');
    const b = textNode(doc.getElementById('b')!, 'PR-2');
    for (const el of doc.querySelectorAll('p'))
      vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({
        top: 10,
        bottom: 30,
        left: 0,
        right: 50,
        width: 50,
        height: 20,
      } as DOMRect);
    const store = new MatchStore();
    const code = {
      code: '64634',
      system: 'CPT',
      category: 'I',
      start: 0,
      end: 5,
      modifiers: [],
      units: null,
      addOnMarker: false,
      role: 'billed',
      node: a,
    } as PageMatch;
    store.set(a, [code], 'append');
    const foreign = new ForeignMarks();
    const marks = [
      { node: a, start: 6, end: 11 },
      { node: b, start: 0, end: 4 },
    ] as PageMatch[];
    foreign.add(marks);
    const source = foreign.over(store);
    expect(source.has(b)).toBe(true);
    expect(source.get(a).map((m) => [m.start, m.end])).toEqual([
      [0, 5],
      [6, 11],
    ]);
    expect([...source.unplacedNodes()]).toEqual([]);
    expect(Array.from({ length: source.extra!.length }, (_, i) => source.extra!.at(i))).toEqual([a, b]);

    const registry = new Map<string, Set<AbstractRange>>();
    const win = {
      Highlight: class extends Set<AbstractRange> {},
      CSS: { highlights: registry },
      innerHeight: 800,
      scrollY: 0,
      performance: { now: () => 0 },
      requestAnimationFrame: vi.fn(),
      cancelAnimationFrame: vi.fn(),
      addEventListener: vi.fn(),
    } as unknown as Window;
    const layer = new HighlightLayer(doc, win, 'marks', { source });
    layer.setVisible(true);
    layer.add([code, ...marks], true);
    expect(layer.rangeCount).toBe(3);
    foreign.remove(marks);
    layer.remove(marks);
    expect(source.has(b)).toBe(false);
    expect(source.get(a)).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('past EXACT_LIMIT marks, finds those near the screen by binary search in the order found, not box by box', () => {
    const N = 3500;
    expect(N).toBeGreaterThan(EXACT_LIMIT);
    const sections: string[] = [];
    for (let s = 0; s < N; s += 50) sections.push(`<section>${'<p>CO-97</p>'.repeat(50)}</section>`);
    const doc = page(sections.join(''));
    const els = [...doc.querySelectorAll('p')];
    const top = new Map<Element, number>(els.map((el, i) => [el, i * 20]));
    const win = {
      Highlight: class extends Set<AbstractRange> {},
      CSS: { highlights: new Map() },
      innerHeight: 800,
      scrollY: 30_000,
      performance: { now: () => 0 },
      requestAnimationFrame: vi.fn(),
      cancelAnimationFrame: vi.fn(),
      addEventListener: vi.fn(),
    };
    let reads = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      reads++;
      const t = top.get(this)! - win.scrollY;
      return { top: t, bottom: t + 20, left: 0, right: 50, width: 50, height: 20 } as DOMRect;
    });
    // Plain ranges: happy-dom's live ranges cost ~1 ms each to place on a page this size.
    const plainRanges = {
      createRange: () => ({
        setStart(this: { startContainer: Node }, n: Node) {
          this.startContainer = n;
        },
        setEnd() {},
      }),
    } as unknown as Document;
    const foreign = new ForeignMarks();
    const marks = els.map((el) => ({ node: el.firstChild as Text, start: 0, end: 5 })) as PageMatch[];
    foreign.add(marks);
    foreign.remove(marks.slice(0, 100)); // freed slots are stepped over
    const layer = new HighlightLayer(plainRanges, win as unknown as Window, 'marks', {
      source: foreign.over(new MatchStore()),
    });
    layer.setVisible(true);
    layer.add(marks.slice(100), true);
    const band = { top: 30_000 - MARK_SCREENS * 800, bottom: 30_000 + 800 + MARK_SCREENS * 800 };
    const expected = els.filter((el) => top.get(el)! + 20 >= band.top && top.get(el)! <= band.bottom);
    const marked = [...(win.CSS.highlights.get('marks') as Set<AbstractRange>)].map(
      (r) => (r.startContainer as Text).parentElement,
    );
    expect(new Set(marked)).toEqual(new Set(expected));
    expect(reads).toBeLessThan(1000);
    vi.restoreAllMocks();
  });

  it('keeps marks an SPA adds mid-page in document order, so the band search finds them at once', () => {
    const N = EXACT_LIMIT + 500;
    const doc = page(`<div id="rows">${'<p>CO-97</p>'.repeat(N)}</div>`);
    const els = [...doc.querySelectorAll('p')];
    const foreign = new ForeignMarks();
    foreign.add(els.map((el) => ({ node: el.firstChild as Text, start: 0, end: 5 })));
    // The page inserts a row in the middle after the scan: its mark arrives last.
    const inserted = doc.createElement('p');
    inserted.textContent = 'PR-2';
    els[N / 2].after(inserted);
    foreign.add([{ node: inserted.firstChild as Text, start: 0, end: 4 }]);
    const extra = foreign.over(new MatchStore()).extra!;
    const order = Array.from({ length: extra.length }, (_, i) => extra.at(i));
    expect(order.indexOf(inserted.firstChild as Text)).toBe(N / 2 + 1);
    expect(order).toHaveLength(N + 1);
    // Removing then adding a node's marks again keeps one slot, in its place.
    foreign.remove([{ node: els[3].firstChild as Text, start: 0, end: 5 }]);
    foreign.add([{ node: els[3].firstChild as Text, start: 0, end: 5 }]);
    const again = Array.from({ length: extra.length }, (_, i) => extra.at(i)).filter((n) => n !== null);
    expect(again.indexOf(els[3].firstChild as Text)).toBe(3);
    expect(again.indexOf(inserted.firstChild as Text)).toBe(N / 2 + 1);
  });
});
