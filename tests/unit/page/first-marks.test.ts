// @vitest-environment happy-dom
/**
 * Performance fixes from issue 7's bench: the first screenful is marked without waiting for the
 * IntersectionObserver's first report, and the slice host yields behind waiting tasks (postTask), not
 * ahead of them (scheduler.yield).
 */
import { describe, expect, it, vi } from 'vitest';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import type { PageMatch } from '../../../lib/page/match-store';
import { windowSliceHost } from '../../../lib/page/slice-runner';
import { page } from './dom-helpers';

function fakeWindow(innerHeight: number) {
  const registry = new Map<string, Set<AbstractRange>>();
  let callback: (entries: IntersectionObserverEntry[]) => void = () => undefined;
  class FakeIO {
    constructor(cb: typeof callback) { callback = cb; }
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const win = { Highlight: class extends Set<AbstractRange> {}, CSS: { highlights: registry }, IntersectionObserver: FakeIO, innerHeight } as unknown as Window;
  return { win, report: (target: Element, isIntersecting: boolean) => callback([{ target, isIntersecting } as IntersectionObserverEntry]) };
}

const box = (el: Element, top: number) =>
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 20, left: 0, right: 50, width: 50, height: 20 } as DOMRect);
const matchOf = (p: Element) => ({ code: '64634', start: 0, end: 5, modifiers: [], units: null, node: p.firstChild as Text }) as unknown as PageMatch;

describe('first marks', () => {
  it('marks codes on or near the screen before the observer reports, and not far ones', () => {
    const doc = page('<p>64634</p><p>64634</p><p>64634</p><p>64634</p>');
    const [onScreen, below, far, hidden] = [...doc.querySelectorAll('p')];
    box(onScreen, 100);
    box(below, 1200); // within one viewport height below the screen
    box(far, 5000);
    const { win } = fakeWindow(800);
    const layer = new HighlightLayer(doc, win, 'marks');
    layer.add([onScreen, below, far, hidden].map(matchOf));
    expect(layer.rangeCount).toBe(2);
  });

  it('leaves later elements to the observer once it has reported', () => {
    const doc = page('<p>64634</p><p>64634</p>');
    const [a, b] = [...doc.querySelectorAll('p')];
    box(a, 100);
    box(b, 120);
    const { win, report } = fakeWindow(800);
    const layer = new HighlightLayer(doc, win, 'marks');
    layer.add([matchOf(a)]);
    report(a, true);
    layer.add([matchOf(b)]);
    expect(layer.rangeCount).toBe(1);
    report(b, true);
    expect(layer.rangeCount).toBe(2);
  });

  it('yields through scheduler.postTask at user-visible priority, never scheduler.yield', async () => {
    const postTask = vi.fn(async (cb: () => void) => cb());
    const yieldFn = vi.fn(async () => undefined);
    const host = windowSliceHost({ performance: { now: () => 1 }, scheduler: { postTask, yield: yieldFn } } as unknown as Window);
    await host.yieldToPage();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'user-visible' });
    expect(yieldFn).not.toHaveBeenCalled();
  });

  it('falls back to a MessageChannel message without postTask', async () => {
    const host = windowSliceHost({ performance: { now: () => 1 }, MessageChannel, setTimeout } as unknown as Window);
    const order: string[] = [];
    const done = host.yieldToPage().then(() => order.push('slice'));
    await Promise.resolve();
    order.push('sync');
    await done;
    expect(order).toEqual(['sync', 'slice']);
  });
});
