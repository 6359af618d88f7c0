/**
 * afterLayout (lib/page/frames.ts) runs geometry reads once the page's frame has laid the page out: in a
 * ResizeObserver's first notice (after layout, before paint), never in a task that the page's own timers could
 * precede with a change of their own (the SPA bench's appends did); afterFrame, for scrolls, in a task after
 * the animation frame. UpdateTimer (lib/page/mark-pace.ts) asks for one of them at a time.
 */
import { describe, expect, it, vi } from 'vitest';
import { afterFrame, afterLayout } from '../../../lib/page/frames';
import { UpdateTimer } from '../../../lib/page/mark-pace';

/** A ResizeObserver the test notifies by hand, as the browser would after layout. */
function fakeObservers() {
  const live = new Set<{ cb: () => void; targets: Set<unknown> }>();
  class FakeResizeObserver {
    private readonly entry: { cb: () => void; targets: Set<unknown> };
    constructor(cb: () => void) {
      this.entry = { cb, targets: new Set() };
      live.add(this.entry);
    }
    observe(t: unknown) {
      this.entry.targets.add(t);
    }
    disconnect() {
      this.entry.targets.clear();
      live.delete(this.entry);
    }
  }
  /** The rendering step after layout: every observer with a target gets its notice. */
  const notify = () => {
    for (const e of [...live]) if (e.targets.size) e.cb();
  };
  return { FakeResizeObserver, notify, live };
}

describe('afterLayout and afterFrame', () => {
  /** A window whose animation frames and tasks the test runs by hand. */
  function manualWindow(extra: object = {}) {
    const frames: FrameRequestCallback[] = [];
    const tasks: (() => void)[] = [];
    const cancelled: number[] = [];
    const win = {
      document: { documentElement: {} },
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
      cancelAnimationFrame: (id: number) => void cancelled.push(id),
      setTimeout: (fn: () => void) => tasks.push(fn),
      clearTimeout: vi.fn(),
      ...extra,
    } as unknown as Window;
    const nextFrame = () => {
      for (const cb of frames.splice(0)) cb(0);
      for (const t of tasks.splice(0)) t();
    };
    return { win, frames, tasks, cancelled, nextFrame };
  }

  it('runs in the ResizeObserver notice after layout, once; its fallback frame is cancelled', () => {
    const { FakeResizeObserver, notify, live } = fakeObservers();
    const { win, frames, tasks, cancelled } = manualWindow({ ResizeObserver: FakeResizeObserver });
    const fn = vi.fn();
    afterLayout(win, fn);
    expect(fn).not.toHaveBeenCalled();
    notify();
    expect(fn).toHaveBeenCalledTimes(1);
    notify();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(live.size).toBe(0);
    expect(cancelled).toEqual([frames.length]);
    expect(tasks).toEqual([]);
  });

  it('a target that never gets a notice (no box): runs in a task after the frame after next, once', () => {
    const { FakeResizeObserver, live } = fakeObservers();
    const { win, nextFrame } = manualWindow({ ResizeObserver: FakeResizeObserver });
    const fn = vi.fn();
    afterLayout(win, fn);
    nextFrame();
    expect(fn).not.toHaveBeenCalled();
    nextFrame();
    expect(fn).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(live.size).toBe(0);
  });

  it('cancelled before the frame, it never runs', () => {
    const { FakeResizeObserver, notify, live } = fakeObservers();
    const { win, nextFrame } = manualWindow({ ResizeObserver: FakeResizeObserver });
    const fn = vi.fn();
    const cancel = afterLayout(win, fn);
    cancel();
    notify();
    nextFrame();
    nextFrame();
    expect(fn).not.toHaveBeenCalled();
    expect(live.size).toBe(0);
  });

  it('without ResizeObserver, runs in a task posted from the animation frame', () => {
    const frames: FrameRequestCallback[] = [];
    const tasks: (() => void)[] = [];
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
      cancelAnimationFrame: vi.fn(),
      setTimeout: (fn: () => void) => tasks.push(fn),
      clearTimeout: vi.fn(),
    } as unknown as Window;
    const fn = vi.fn();
    afterFrame(win, fn);
    frames[0](0);
    expect(fn).not.toHaveBeenCalled();
    tasks[0]();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('UpdateTimer: a scroll asks for a task after the frame, a page change upgrades it to after layout, once', () => {
    const { FakeResizeObserver, notify, live } = fakeObservers();
    const frames: FrameRequestCallback[] = [];
    const win = {
      ResizeObserver: FakeResizeObserver,
      document: { documentElement: {} },
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
      cancelAnimationFrame: vi.fn(),
      setTimeout: vi.fn(),
      clearTimeout: vi.fn(),
    } as unknown as Window;
    const run = vi.fn();
    const timer = new UpdateTimer(win, run);
    timer.afterFrame(false);
    expect(frames).toHaveLength(1);
    expect(live.size).toBe(0);
    timer.afterFrame(true);
    expect(win.cancelAnimationFrame).toHaveBeenCalledTimes(1);
    expect(live.size).toBe(1);
    expect(frames).toHaveLength(2); // afterLayout's fallback frame
    timer.afterFrame(false); // joins the pending one
    expect(frames).toHaveLength(2);
    notify();
    expect(run).toHaveBeenCalledTimes(1);
    expect(timer.asked).toBe(false);
  });
});
