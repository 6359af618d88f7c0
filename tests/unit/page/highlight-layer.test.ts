// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import type { PageMatch } from '../../../lib/page/match-store';
import { page } from './dom-helpers';

/** A window with a fake Highlight registry and an IntersectionObserver the test drives by hand. */
function fakeWindow() {
  const registry = new Map<string, Set<AbstractRange>>();
  const observed = new Set<Element>();
  let callback: (entries: IntersectionObserverEntry[]) => void = () => undefined;
  class FakeHighlight extends Set<AbstractRange> {}
  class FakeIO {
    constructor(cb: typeof callback) { callback = cb; }
    observe(el: Element) { observed.add(el); }
    unobserve(el: Element) { observed.delete(el); }
    disconnect() { observed.clear(); }
  }
  const win = { Highlight: FakeHighlight, CSS: { highlights: registry }, IntersectionObserver: FakeIO } as unknown as Window;
  const intersect = (els: Element[], isIntersecting: boolean) =>
    callback(els.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry));
  return { win, registry, observed, intersect };
}

function matchesIn(doc: Document): { els: HTMLElement[]; matches: PageMatch[] } {
  const els = [...doc.querySelectorAll('p')];
  const matches = els.map((p) => {
    const node = p.firstChild as Text;
    return { code: node.data, system: 'CPT', category: 'I', start: 0, end: 5, modifiers: [], units: null, addOnMarker: false, node } as PageMatch;
  });
  return { els, matches };
}

describe('HighlightLayer', () => {
  it('gives ranges only to codes whose element is near the screen, up to the cap, and refills when room frees up', () => {
    const doc = page('<p>64633</p><p>64634</p><p>64490</p><p>J1100</p>');
    const { win, registry, observed, intersect } = fakeWindow();
    const layer = new HighlightLayer(doc, win, 'test-marks', 2);
    layer.setVisible(true);
    const { els, matches } = matchesIn(doc);
    layer.add(matches);
    expect(observed.size).toBe(4);
    expect(layer.rangeCount).toBe(0); // nothing reported near the screen yet
    intersect(els.slice(0, 3), true);
    expect(layer.rangeCount).toBe(2); // capped
    const highlight = registry.get('test-marks')!;
    expect(highlight.size).toBe(2);
    intersect([els[0]], false);
    expect(layer.rangeCount).toBe(2); // the third near-screen code got the freed slot
    layer.remove([matches[1]]);
    expect(observed.has(els[1])).toBe(false);
    expect(layer.rangeCount).toBe(1);
  });

  it('setVisible(false) unregisters the highlight; destroy clears everything', () => {
    const doc = page('<p>64633</p>');
    const { win, registry, observed, intersect } = fakeWindow();
    const layer = new HighlightLayer(doc, win, 'test-marks');
    const { els, matches } = matchesIn(doc);
    layer.setVisible(true);
    layer.add(matches);
    intersect(els, true);
    expect(registry.has('test-marks')).toBe(true);
    layer.setVisible(false);
    expect(registry.has('test-marks')).toBe(false);
    layer.destroy();
    expect(observed.size).toBe(0);
    expect(layer.rangeCount).toBe(0);
  });
});
