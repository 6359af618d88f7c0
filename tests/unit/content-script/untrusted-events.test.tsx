// @vitest-environment happy-dom
/**
 * Events a page script dispatches (`isTrusted: false`) open, pin and reveal nothing: the pointer moves that
 * open the popover, the key (C) that runs the claim check from inside the UI, and the filter itself. And the
 * production UI host's shadow root is closed (the e2e proves it in Chromium: tests/e2e/trust/hostile-closed-ui).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentContext } from '../../../entrypoints/content/content-context';
import { initClaimCheck } from '../../../entrypoints/content/features/claim-check';
import { initHoverPopover } from '../../../entrypoints/content/features/hover-popover';
import { initKeyboardPanel } from '../../../entrypoints/content/features/keyboard-panel';
import { UiHost } from '../../../entrypoints/content-ui/ui-host';
import { isUserEvent } from '../../../entrypoints/content/user-events';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { fromPage, matchOn, pointedHighlight, recordingDetails, surroundings } from './harness';

function setUp() {
  const s = surroundings({ hoverDelayMs: 300 });
  const store = new MatchStore();
  const m = matchOn('64634');
  store.set(m.node, [m]);
  const pointed = pointedHighlight();
  pointed.under = m;
  const highlight = { ...pointed, store };
  const details = recordingDetails();
  const popover = initHoverPopover(s.page, {
    settings: s.settings,
    ui: s.ui,
    highlight,
    claims: { linesFor: () => undefined, claimOf: () => undefined },
    details,
  });
  const panel = initKeyboardPanel(s.page, { ui: s.ui, highlight, popover });
  const checked: (PageMatch | undefined)[] = [];
  const claims = { state: null, lastRegionMs: undefined, check: (x?: PageMatch) => void checked.push(x), close() {} };
  initClaimCheck({ ui: s.ui, popover, panel, claims });
  return { ...s, m, details, popover, panel, checked };
}

const move = (e: PointerEvent) => {
  window.dispatchEvent(e);
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1000);
};

describe('untrusted events', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    for (const host of document.querySelectorAll('claimlens-ui')) host.remove();
  });

  it('the filter: only an event the browser made from user input counts', () => {
    expect(isUserEvent(new Event('pointermove'))).toBe(false);
    expect(isUserEvent({ isTrusted: true } as Event)).toBe(true);
    expect(isUserEvent({} as Event)).toBe(false);
  });

  it('listeners added through the context never see a page-dispatched event', () => {
    const c = new AbortController();
    const page = contentContext({ signal: c.signal, onInvalidated: () => {} }, document, window);
    let seen = 0;
    page.on(window, 'pointermove', () => seen++);
    window.dispatchEvent(new PointerEvent('pointermove'));
    expect(seen).toBe(0);
    c.abort();
  });

  it('a pointermove the page dispatches over a code neither prefetches nor opens the popover', () => {
    const t = setUp();
    move(fromPage(new PointerEvent('pointermove', { clientX: 10, clientY: 10 })));
    expect(t.details.requests).toEqual([]);
    expect(t.popover.current).toBeUndefined();
    move(new PointerEvent('pointermove', { clientX: 10, clientY: 10 }));
    expect(t.popover.current).toBe(t.m);
  });

  it('a C key the page dispatches at the UI host does not run the claim check', () => {
    const t = setUp();
    t.panel.open();
    t.popover.openByKeyboard(t.m);
    const host = document.querySelector('claimlens-ui') as HTMLElement;
    host.dispatchEvent(fromPage(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true })));
    expect(t.checked).toEqual([]);
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    expect(t.checked).toHaveLength(1);
  });
});

describe('UI host root', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('claimlens-ui')) host.remove();
  });

  it('closed: the page gets no shadowRoot, yet the UI draws and finds its own elements', () => {
    const ui = new UiHost(document, '', () => 'light', undefined, undefined, 'closed');
    ui.render(<p class="secret">contract rate 120</p>);
    const host = document.querySelector('claimlens-ui') as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(ui.find('.secret')?.textContent).toBe('contract rate 120');
  });
});
