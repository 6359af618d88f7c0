// @vitest-environment happy-dom
/**
 * Performance fixes from issue 7's bench: the first screenful is marked in the scanner's own task (the layer's
 * first add reads geometry at once instead of waiting for an animation frame), and the slice host yields
 * behind waiting tasks (postTask), not ahead of them (scheduler.yield).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import type { PageMatch } from '../../../lib/page/match-store';
import { windowSliceHost } from '../../../lib/page/slice-runner';
import { page } from './dom-helpers';

/** A window with a fake Highlight registry whose animation frames never run unless the test runs them. */
function fakeWindow(innerHeight: number) {
  const registry = new Map<string, Set<AbstractRange>>();
  const frames: FrameRequestCallback[] = [];
  const win = {
    Highlight: class extends Set<AbstractRange> {},
    CSS: { highlights: registry },
    innerHeight,
    scrollY: 0,
    requestAnimationFrame: vi.fn((cb: FrameRequestCallback) => frames.push(cb)),
    cancelAnimationFrame: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { win: win as typeof win & Window, registry, frames };
}

const box = (el: Element, top: number) =>
  vi
    .spyOn(el, 'getBoundingClientRect')
    .mockReturnValue({ top, bottom: top + 20, left: 0, right: 50, width: 50, height: 20 } as DOMRect);
const matchOf = (p: Element) =>
  ({ code: '64634', start: 0, end: 5, modifiers: [], units: null, node: p.firstChild as Text }) as unknown as PageMatch;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('first marks', () => {
  it('marks codes on or within two screens of the screen in the first add, before any frame, and not far or hidden ones', () => {
    const doc = page('<p>64634</p><p>64634</p><p>64634</p><p>64634</p><p>64634</p><p>64634</p>');
    const [onScreen, below, above, far, farAbove, hidden] = [...doc.querySelectorAll('p')];
    box(onScreen, 100);
    box(below, 2300); // 1.9 screens below the screen (800 px high)
    box(above, -1500); // 1.9 screens above
    box(far, 3300);
    box(farAbove, -2500);
    // `hidden` keeps happy-dom's empty box (display: none)
    const { win, registry, frames } = fakeWindow(800);
    const layer = new HighlightLayer(doc, win, 'marks');
    layer.setVisible(true);
    layer.add([onScreen, below, above, far, farAbove, hidden].map(matchOf));
    expect(layer.rangeCount).toBe(3);
    expect(frames).toHaveLength(0);
    const marked = [...registry.get('marks')!].map((r) => (r.startContainer as Text).parentElement);
    expect(new Set(marked)).toEqual(new Set([onScreen, below, above]));
  });

  it('leaves later adds to the next animation frame', () => {
    const doc = page('<p>64634</p><p>64634</p>');
    const [a, b] = [...doc.querySelectorAll('p')];
    box(a, 100);
    box(b, 120);
    const { win, frames } = fakeWindow(800);
    const layer = new HighlightLayer(doc, win, 'marks');
    layer.add([matchOf(a)]);
    expect(layer.rangeCount).toBe(1);
    layer.add([matchOf(b)]);
    expect(layer.rangeCount).toBe(1);
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(layer.rangeCount).toBe(2);
  });

  it('yields through scheduler.postTask at user-visible priority, never scheduler.yield', async () => {
    const postTask = vi.fn(async (cb: () => void) => cb());
    const yieldFn = vi.fn(async () => undefined);
    const host = windowSliceHost({
      performance: { now: () => 1 },
      scheduler: { postTask, yield: yieldFn },
    } as unknown as Window);
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
