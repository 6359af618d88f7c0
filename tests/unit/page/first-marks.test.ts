// @vitest-environment happy-dom
/**
 * The first screenful is marked in the scanner's own task: before the page's first frame without reading any
 * box (the first codes in document order), after it by reading boxes at once instead of waiting for an
 * animation frame. The slice host yields behind waiting tasks (postTask), not ahead of them (scheduler.yield),
 * and keeps to one slice per frame while the user scrolls or types.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import { FIRST_MARKS, MARK_SCREENS } from '../../../lib/page/limits';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { inputAwareSliceHost, windowSliceHost } from '../../../lib/page/slice-runner';
import { page } from './dom-helpers';

/**
 * A window with a fake Highlight registry whose animation frames never run unless the test runs them; a task
 * posted from a frame (the layer reads geometry there, after the frame) runs when the frame has run.
 */
function fakeWindow(innerHeight: number) {
  const registry = new Map<string, Set<AbstractRange>>();
  const frames: FrameRequestCallback[] = [];
  const win = {
    Highlight: class extends Set<AbstractRange> {},
    CSS: { highlights: registry },
    innerHeight,
    scrollY: 0,
    performance: { now: () => 0 },
    requestAnimationFrame: vi.fn((cb: FrameRequestCallback) => frames.push(cb)),
    cancelAnimationFrame: vi.fn(),
    setTimeout: (fn: () => void) => fn(),
    clearTimeout: vi.fn(),
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
  ({
    code: '64634',
    start: 0,
    end: 5,
    modifiers: [],
    units: null,
    role: 'billed',
    node: p.firstChild as Text,
  }) as unknown as PageMatch;

/** A layer over a fresh store, and an `add` that stores the matches first (as the scanner does). */
function layerOn(doc: Document, win: Window, opts: { geometryLater?: boolean } = {}) {
  const store = new MatchStore();
  const layer = new HighlightLayer(doc, win, 'marks', { source: store, ...opts });
  const add = (ms: PageMatch[]) => {
    for (const m of ms) store.set(m.node, [m], 'append');
    layer.add(ms, false);
  };
  return { layer, add };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('first marks', () => {
  it('marks codes on or within MARK_SCREENS screens of the screen in the first add, before any frame, and not far or hidden ones', () => {
    const doc = page('<p>64634</p><p>64634</p><p>64634</p><p>64634</p><p>64634</p><p>64634</p>');
    const [onScreen, below, above, far, farAbove, hidden] = [...doc.querySelectorAll('p')];
    box(onScreen, 100);
    box(below, 2300); // 1.9 screens below the screen (800 px high)
    box(above, -1500); // 1.9 screens above
    box(far, (MARK_SCREENS + 1) * 800 + 500);
    box(farAbove, -(MARK_SCREENS * 800 + 500));
    // `hidden` keeps happy-dom's empty box (display: none)
    const { win, registry, frames } = fakeWindow(800);
    const { layer, add } = layerOn(doc, win);
    layer.setVisible(true);
    add([onScreen, below, above, far, farAbove, hidden].map(matchOf));
    expect(layer.rangeCount).toBe(3);
    expect(frames).toHaveLength(0);
    const marked = [...registry.get('marks')!].map((r) => (r.startContainer as Text).parentElement);
    expect(new Set(marked)).toEqual(new Set([onScreen, below, above]));
  });

  it('leaves later adds to the next frame', () => {
    const doc = page('<p>64634</p><p>64634</p>');
    const [a, b] = [...doc.querySelectorAll('p')];
    box(a, 100);
    box(b, 120);
    const { win, frames } = fakeWindow(800);
    const { layer, add } = layerOn(doc, win);
    add([matchOf(a)]);
    expect(layer.rangeCount).toBe(1);
    add([matchOf(b)]);
    expect(layer.rangeCount).toBe(1);
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(layer.rangeCount).toBe(2);
  });

  it('before the page has rendered, marks the first codes in document order without reading a box', () => {
    const doc = page('<p>64634</p>'.repeat(FIRST_MARKS + 20));
    const els = [...doc.querySelectorAll('p')];
    const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const { win, registry, frames } = fakeWindow(800);
    const { layer, add } = layerOn(doc, win, { geometryLater: true });
    layer.setVisible(true);
    add(els.slice(0, 10).map(matchOf));
    add(els.slice(10).map(matchOf));
    expect(reads).not.toHaveBeenCalled();
    expect(frames).toHaveLength(0);
    expect(layer.rangeCount).toBe(FIRST_MARKS);
    const marked = [...registry.get('marks')!].map((r) => (r.startContainer as Text).parentElement);
    expect(marked).toEqual(els.slice(0, FIRST_MARKS));
    // Once the page has rendered, the band is computed in the next frame, from boxes.
    reads.mockRestore();
    for (const [i, el] of els.entries()) box(el, i < 3 ? 100 + 20 * i : 9000);
    layer.allowGeometry();
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(layer.rangeCount).toBe(3);
  });

  it('keeps to one slice per frame while the user scrolls, and yields at once when they stop', async () => {
    const listeners = new Map<string, (e: Event) => void>();
    const frames: FrameRequestCallback[] = [];
    let now = 0;
    const postTask = vi.fn(async (cb: () => void) => cb());
    const win = {
      performance: { now: () => now },
      scheduler: { postTask },
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
      addEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, fn),
    } as unknown as Window;
    const host = inputAwareSliceHost(win, new AbortController().signal, 250);
    await host.yieldToPage();
    expect(frames).toHaveLength(0);
    listeners.get('scroll')!({ isTrusted: true } as Event);
    now = 100;
    let resumed = false;
    const waiting = host.yieldToPage().then(() => {
      resumed = true;
    });
    await Promise.resolve();
    expect(resumed).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0](0);
    await waiting;
    expect(resumed).toBe(true);
    now = 400;
    await host.yieldToPage();
    expect(frames).toHaveLength(1);
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
