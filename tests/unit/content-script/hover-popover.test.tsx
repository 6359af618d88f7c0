// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initHoverPopover } from '../../../entrypoints/content/features/hover-popover';
import { CLOSE_GRACE_MS } from '../../../lib/page/popover-geometry';
import { matchOn, pointedHighlight, pointerMove, recordingDetails, surroundings, uiRoot } from './harness';

const DELAY = 300;
const pin = () => uiRoot()?.querySelector('.cl-pin') as HTMLButtonElement;

function setUp() {
  const s = surroundings({ hoverDelayMs: DELAY });
  const highlight = pointedHighlight();
  const details = recordingDetails();
  const popover = initHoverPopover(s.page, {
    settings: s.settings,
    ui: s.ui,
    highlight,
    claims: { linesFor: () => undefined, claimOf: () => undefined },
    details,
  });
  /** Points at `m` (or at nothing) and lets the next frame hit-test it. */
  const point = (m: ReturnType<typeof matchOn> | undefined) => {
    highlight.under = m;
    pointerMove();
    vi.advanceTimersToNextFrame();
  };
  return { ...s, highlight, details, popover, point };
}

describe('hover-popover feature', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    for (const host of document.querySelectorAll('claimlens-ui')) host.remove();
  });

  it('opens after the hover delay, prefetching at once', async () => {
    const t = setUp();
    const m = matchOn('64634');
    t.point(m);
    expect(t.details.requests).toEqual(['64634']);
    expect(t.popover.current).toBeUndefined();
    vi.advanceTimersByTime(DELAY);
    expect(t.popover.current).toBe(m);
    await vi.runAllTimersAsync();
    expect(uiRoot()?.querySelector('.cl-popover')?.getAttribute('data-state')).toBe('error');
  });

  it('a hover pending when the script is retired never opens and never re-creates the UI host', () => {
    const t = setUp();
    t.point(matchOn('64634'));
    t.retire();
    vi.advanceTimersByTime(DELAY * 2);
    expect(t.popover.current).toBeUndefined();
    expect(t.details.requests).toEqual(['64634']);
    expect(document.querySelector('claimlens-ui')).toBeNull();
  });

  it('opening from the keyboard panel shows the popover once, with one details request', () => {
    const t = setUp();
    const m = matchOn('64634');
    t.popover.openByKeyboard(m);
    expect(t.popover.current).toBe(m);
    expect(t.details.requests).toEqual(['64634']);
  });

  it('a pin ends when another code opens: that popover closes once the pointer leaves it', async () => {
    const t = setUp();
    const a = matchOn('64633');
    const b = matchOn('64634');
    t.point(a);
    vi.advanceTimersByTime(DELAY);
    await vi.runAllTimersAsync();
    pin().click();
    expect(uiRoot()?.querySelector('.cl-popover')?.getAttribute('data-pinned')).toBe('true');
    t.point(b);
    vi.advanceTimersByTime(DELAY);
    expect(t.popover.current).toBe(b);
    expect(uiRoot()?.querySelector('.cl-popover')?.getAttribute('data-pinned')).toBe('false');
    t.point(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(t.popover.current).toBeUndefined();
  });

  it('a pinned popover stays when its code leaves the page; an unpinned one closes', async () => {
    const t = setUp();
    const m = matchOn('64634');
    t.popover.openByKeyboard(m);
    await vi.runAllTimersAsync();
    pin().click();
    t.highlight.emit({ added: [], removed: [m], settled: false });
    expect(t.popover.current).toBe(m);
    pin().click();
    t.highlight.emit({ added: [], removed: [m], settled: false });
    expect(t.popover.current).toBeUndefined();
  });

  it('Escape closes the popover', () => {
    const t = setUp();
    t.popover.openByKeyboard(matchOn('64634'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.popover.current).toBeUndefined();
  });

  it('stays open while the pointer moves from the code into the popover (inside is read during dispatch)', async () => {
    const t = setUp();
    const m = matchOn('64634');
    t.point(m);
    vi.advanceTimersByTime(DELAY);
    await vi.runAllTimersAsync();
    const card = uiRoot()?.querySelector('.cl-popover') as HTMLElement;
    t.highlight.under = undefined;
    // A move whose target is inside the shadow root: its composed path holds the host only while dispatched.
    const move = new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 5, clientY: 5 });
    card.dispatchEvent(move);
    // Browsers empty the path once dispatch ends (happy-dom keeps it): a later frame must not need it.
    move.composedPath = () => [];
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 4);
    expect(t.popover.current).toBe(m);
    t.point(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(t.popover.current).toBeUndefined();
  });

  it('a click on a code pins its popover; a press elsewhere leaves a pinned one open', async () => {
    const t = setUp();
    const m = matchOn('64634');
    t.highlight.under = m;
    window.dispatchEvent(new MouseEvent('click', { clientX: 10, clientY: 10 }));
    await vi.runAllTimersAsync();
    expect(t.popover.current).toBe(m);
    expect(uiRoot()?.querySelector('.cl-popover')?.getAttribute('data-pinned')).toBe('true');
    t.highlight.under = undefined;
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 500, clientY: 500 }));
    t.point(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 4);
    expect(t.popover.current).toBe(m);
  });

  it('a press on blank page closes an unpinned popover; a press on the code does not', async () => {
    const t = setUp();
    const m = matchOn('64634');
    t.point(m);
    vi.advanceTimersByTime(DELAY);
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 10, clientY: 10 }));
    expect(t.popover.current).toBe(m);
    t.highlight.under = undefined;
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 500, clientY: 500 }));
    expect(t.popover.current).toBeUndefined();
  });

  it('warms the background up when codes appear, forgets answers when settings change, refresh asks again', () => {
    const t = setUp();
    const calls: string[] = [];
    const s = surroundings({ hoverDelayMs: DELAY });
    const settingsChanged: Parameters<typeof s.settings.onChange>[0][] = [];
    s.settings.onChange = (fn) => void settingsChanged.push(fn);
    const details = { ...t.details, warmUp: () => void calls.push('warmUp'), clear: () => void calls.push('clear') };
    const popover = initHoverPopover(s.page, {
      settings: s.settings,
      ui: s.ui,
      highlight: t.highlight,
      claims: { linesFor: () => undefined, claimOf: () => undefined },
      details,
    });
    const m = matchOn('64634');
    t.highlight.emit({ added: [], removed: [], settled: false });
    expect(calls).toEqual([]);
    t.highlight.emit({ added: [m], removed: [], settled: false });
    expect(calls).toEqual(['warmUp']);
    for (const fn of settingsChanged) fn(s.settings.current);
    expect(calls).toEqual(['warmUp', 'clear']);
    popover.refresh();
    expect(t.details.requests).toEqual([]);
    const closed: boolean[] = [];
    popover.onClosed((byKeyboard) => closed.push(byKeyboard));
    popover.openByKeyboard(m);
    popover.refresh();
    expect(t.details.requests).toEqual(['64634', '64634']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.current).toBeUndefined();
    expect(closed).toEqual([true]);
  });
});
