// @vitest-environment happy-dom
/**
 * Marks another feature hands the highlight layer (adjustment codes): drawn with the store's codes, from their
 * own list (lib/page/foreign-marks.ts), and taken off again.
 */
import { describe, expect, it, vi } from 'vitest';
import { ForeignMarks } from '../../../lib/page/foreign-marks';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
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
    expect([...source.unplacedNodes()]).toEqual([a, b]);

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
});
