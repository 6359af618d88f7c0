// @vitest-environment happy-dom
/**
 * The scanner waits for the page's next frame before reading geometry: `afterNextFrame` (animation frame,
 * then a task; or a timeout when no frame comes) and `PageScanner`'s `pageRendered` gate.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, nextLayout } from '../../../lib/page/frames';
import { PageScanner, type MatchChange } from '../../../lib/page/page-scanner';
import type { SliceHost } from '../../../lib/page/slice-runner';
import { isKnown, page } from './dom-helpers';
import { settleScanner } from '../../helpers/settle-timers';

/** A window whose timers and animation frames run only when the test says so. */
function manualWindow() {
  let nextId = 1;
  const timers = new Map<number, { fn: () => void; ms: number }>();
  const frames: FrameRequestCallback[] = [];
  const win = {
    setTimeout: (fn: () => void, ms = 0) => {
      const id = nextId++;
      timers.set(id, { fn, ms });
      return id;
    },
    clearTimeout: (id: number) => {
      timers.delete(id);
    },
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      frames.push(cb);
      return frames.length;
    },
    // A cancelled frame's callback stays listed but does nothing (ids are positions until the next frame runs).
    cancelAnimationFrame: (id: number) => {
      if (frames[id - 1]) frames[id - 1] = () => {};
    },
  };
  return {
    win: win as unknown as Window,
    timers,
    frames,
    /** Runs the pending animation frames. */
    frame() {
      for (const cb of frames.splice(0)) cb(0);
    },
    /** Runs (and removes) the pending timers whose delay is `ms`. */
    fire(ms: number) {
      for (const [id, t] of [...timers])
        if (t.ms === ms) {
          timers.delete(id);
          t.fn();
        }
    },
  };
}

/** Lets pending promise reactions run. */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function tracked(p: Promise<void>) {
  const state = { done: false };
  void p.then(() => {
    state.done = true;
  });
  return state;
}

describe('nextLayout', () => {
  it("resolves at the ResizeObserver's first notice (right after the frame's layout) and cancels its timeout", async () => {
    const w = manualWindow();
    const notices: (() => void)[] = [];
    (w.win as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      constructor(private readonly cb: () => void) {}
      observe() {
        notices.push(() => this.cb());
      }
      disconnect() {}
    };
    (w.win as unknown as { document: unknown }).document = { documentElement: {} };
    const state = tracked(nextLayout(w.win, 1000));
    await microtasks();
    expect(state.done).toBe(false);
    expect(notices).toHaveLength(1);
    notices[0]();
    await microtasks();
    expect(state.done).toBe(true);
    expect(w.timers.size).toBe(0);
  });

  it('without a ResizeObserver, resolves in the task after the frame; without a frame, at the timeout', async () => {
    const w = manualWindow();
    const state = tracked(nextLayout(w.win, 1000));
    w.frame();
    w.fire(0);
    await microtasks();
    expect(state.done).toBe(true);
    const hidden = manualWindow();
    const late = tracked(nextLayout(hidden.win, 250));
    await microtasks();
    expect(late.done).toBe(false);
    hidden.fire(250);
    await microtasks();
    expect(late.done).toBe(true);
  });
});

describe('afterNextFrame', () => {
  it('resolves only after the animation frame and the task that follows it, and cancels its timeout', async () => {
    const w = manualWindow();
    const state = tracked(afterNextFrame(w.win, 1000));
    expect(w.frames).toHaveLength(1);
    expect([...w.timers.values()].map((t) => t.ms)).toEqual([1000]);
    await microtasks();
    expect(state.done).toBe(false);

    w.frame();
    await microtasks();
    // The frame alone is not enough: the page's own work after it runs first.
    expect(state.done).toBe(false);
    expect([...w.timers.values()].map((t) => t.ms).sort((a, b) => a - b)).toEqual([0, 1000]);

    w.fire(0);
    await microtasks();
    expect(state.done).toBe(true);
    // The fallback timer was cleared.
    expect(w.timers.size).toBe(0);
  });

  it('resolves through the timeout when no animation frame ever comes (a background tab)', async () => {
    const w = manualWindow();
    const state = tracked(afterNextFrame(w.win, 250));
    await microtasks();
    expect(state.done).toBe(false);
    expect([...w.timers.values()].map((t) => t.ms)).toEqual([250]);
    w.fire(250);
    await microtasks();
    expect(state.done).toBe(true);
  });

  it('defaults to a 1000 ms timeout', () => {
    const w = manualWindow();
    void afterNextFrame(w.win);
    expect([...w.timers.values()].map((t) => t.ms)).toEqual([1000]);
  });

  it('works with fake timers on the real window', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    try {
      const state = tracked(afterNextFrame(window, 1000));
      await vi.advanceTimersByTimeAsync(0);
      expect(state.done).toBe(false);
      // One frame (~16 ms) plus the following task: well before the timeout.
      await vi.advanceTimersByTimeAsync(40);
      expect(state.done).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('PageScanner with pageRendered', () => {
  const host: SliceHost = { now: () => performance.now(), yieldToPage: () => new Promise((r) => setTimeout(r, 0)) };
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
    vi.restoreAllMocks();
  });

  function setup(html: string) {
    const doc = page(html);
    let release!: () => void;
    const pageRendered = new Promise<void>((r) => {
      release = r;
    });
    const changes: MatchChange[] = [];
    const controller = new AbortController();
    const fromPoint = vi.spyOn(doc, 'elementFromPoint');
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const s = new PageScanner({
      doc,
      win: window,
      isKnown,
      host,
      signal: controller.signal,
      isOwnNode: () => false,
      onChange: (c) => changes.push(c),
      pageRendered,
    });
    cleanup = () => controller.abort();
    return { doc, s, release, changes, controller, fromPoint, rect };
  }

  /** Pretends the page is scrolled (a reload that restored the position), for the duration of a test. */
  function scrolledTo(y: number) {
    const prop = Object.getOwnPropertyDescriptor(window, 'scrollY');
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    vi.spyOn(window.performance, 'getEntriesByType').mockReturnValue([
      { type: 'reload' } as unknown as PerformanceEntry,
    ]);
    const restore = cleanup;
    cleanup = () => {
      restore?.();
      if (prop) Object.defineProperty(window, 'scrollY', prop);
      else delete (window as { scrollY?: number }).scrollY;
    };
  }

  it('a page that has not scrolled is read at once, before its first frame, without reading any geometry', async () => {
    const { s, changes, fromPoint, rect } = setup('<p>CPT 64633</p><table><tr><td>64634</td></tr></table>');
    await s.start();
    expect(s.stats.scrolledStart).toBe(false);
    expect(fromPoint).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
    expect([...s.store.all()].map((m) => m.code)).toEqual(['64633', '64634']);
    expect(changes.length).toBeGreaterThan(0);
    expect(s.stats.firstChangeAt).toBeDefined();
  });

  it('the first pass does not yield to the page before its first codes are handed over (bounded)', async () => {
    // Each clock read is 1 ms, so a 4 ms slice reads a handful of texts; 1,000 code-free texts come first (the walk checks the clock every 64).
    const doc = page(`${'<p>no code here</p>'.repeat(1000)}<p>CPT 64633</p>`);
    let clock = 0;
    let yields = 0;
    let yieldsBeforeFirstCodes: number | undefined;
    const controller = new AbortController();
    cleanup = () => controller.abort();
    const s = new PageScanner({
      doc,
      win: window,
      isKnown,
      host: { now: () => clock++, yieldToPage: async () => void yields++ },
      signal: controller.signal,
      isOwnNode: () => false,
      onChange: () => {
        yieldsBeforeFirstCodes ??= yields;
      },
    });
    await s.start();
    expect(s.store.size).toBe(1);
    expect(yieldsBeforeFirstCodes).toBe(0);

    // Bounded: when the first code is far down, the pass yields after FIRST_CHANGE_MS as usual.
    const far = page(`${'<p>no code here</p>'.repeat(20000)}<p>CPT 64633</p>`);
    yields = 0;
    yieldsBeforeFirstCodes = undefined;
    const s2 = new PageScanner({
      doc: far,
      win: window,
      isKnown,
      host: { now: () => clock++, yieldToPage: async () => void yields++ },
      signal: controller.signal,
      isOwnNode: () => false,
      onChange: () => {
        yieldsBeforeFirstCodes ??= yields;
      },
    });
    await s2.start();
    expect(yieldsBeforeFirstCodes).toBeGreaterThan(0);
  });

  it('a fresh navigation without an anchor never reads the scroll position (it would run the page layout)', async () => {
    const { s } = setup('<p>CPT 64633</p>');
    const scrollY = vi.fn(() => 0);
    const prop = Object.getOwnPropertyDescriptor(window, 'scrollY');
    Object.defineProperty(window, 'scrollY', { get: scrollY, configurable: true });
    try {
      await s.start();
    } finally {
      if (prop) Object.defineProperty(window, 'scrollY', prop);
      else delete (window as { scrollY?: number }).scrollY;
    }
    expect(scrollY).not.toHaveBeenCalled();
    expect(s.stats.scrolledStart).toBe(false);
    expect(s.store.size).toBe(1);
  });

  it('a reload that did not restore a position waits for the frame, then reads top down (no viewport pass)', async () => {
    const { s, release, fromPoint } = setup('<p>CPT 64633</p>');
    scrolledTo(0);
    const started = s.start();
    await settleScanner(10);
    expect(s.store.size).toBe(0);
    release();
    await started;
    expect(s.stats.scrolledStart).toBe(false);
    expect(fromPoint).not.toHaveBeenCalled();
    expect(s.store.size).toBe(1);
  });

  it('a scrolled page: no geometry and nothing read before it has rendered; then the screen, then the rest', async () => {
    const { s, release, changes, fromPoint, rect } = setup('<p>CPT 64633</p><table><tr><td>64634</td></tr></table>');
    scrolledTo(300);
    const started = s.start();
    const state = tracked(started);
    // Give the scanner plenty of tasks to misbehave in.
    await settleScanner(30);
    expect(state.done).toBe(false);
    expect(fromPoint).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
    expect(s.store.size).toBe(0);
    expect(s.stats.units).toBe(0);
    expect(changes).toEqual([]);

    release();
    await started;
    expect(s.stats.scrolledStart).toBe(true);
    expect(fromPoint).toHaveBeenCalledTimes(1);
    expect([...s.store.all()].map((m) => m.code).sort()).toEqual(['64633', '64634']);
    expect(s.stats.fullDoneAt).toBeDefined();
    expect(s.stats.firstLayoutReadMs).toBeDefined();
  });

  it('content a scrolled page adds while the scanner waits is read once the page has rendered, not before', async () => {
    const { doc, s, release, fromPoint } = setup('<p>64633</p>');
    scrolledTo(300);
    const started = s.start();
    await settleScanner(10);
    const p = doc.createElement('p');
    p.textContent = 'J1100';
    doc.body.append(p);
    await settleScanner(40);
    expect(fromPoint).not.toHaveBeenCalled();
    expect(s.store.size).toBe(0);
    release();
    await started;
    await settleScanner(60);
    expect([...s.store.all()].map((m) => m.code).sort()).toEqual(['64633', 'J1100']);
  });

  it('a scrolled page aborted before it rendered reads nothing at all', async () => {
    const { s, release, controller, fromPoint, rect } = setup('<p>64633</p>');
    scrolledTo(300);
    const started = s.start();
    controller.abort();
    release();
    await started;
    expect(fromPoint).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
    expect(s.store.size).toBe(0);
    expect(s.stats.fullDoneAt).toBeUndefined();
  });
});
