// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initClaimCheck } from '../../../entrypoints/content/features/claim-check';
import { initHoverPopover } from '../../../entrypoints/content/features/hover-popover';
import { initKeyboardPanel } from '../../../entrypoints/content/features/keyboard-panel';
import { MatchStore, type PageMatch } from '../../../lib/page/match-store';
import { matchOn, pointedHighlight, recordingDetails, surroundings, uiRoot } from './harness';

function setUp(codes: string[]) {
  const s = surroundings();
  const store = new MatchStore();
  const matches = codes.map(matchOn);
  for (const m of matches) store.set(m.node, [m]);
  const highlight = { ...pointedHighlight(), store };
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
  const claims = {
    state: null,
    lastRegionMs: undefined,
    check: (m: PageMatch | undefined) => void checked.push(m),
    close: () => {},
    answered: [] as (() => void)[],
    onAnswer: (fn: () => void) => void claims.answered.push(fn),
  };
  const check = initClaimCheck({ ui: s.ui, popover, panel, claims });
  return { ...s, matches, highlight, popover, panel, check, checked, details, claims };
}

const list = () => uiRoot()?.querySelector('.cl-panel-list') as HTMLElement;
/** Presses a key and lets Preact re-render (its updates run in a microtask). */
const key = async (target: EventTarget, k: string) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  await Promise.resolve();
};

describe('keyboard panel and claim check features', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    for (const host of document.querySelectorAll('claimlens-ui')) host.remove();
  });

  it('lists the codes; Enter opens a popover on top; Escape closes the popover, then the panel', async () => {
    const t = setUp(['64633', '64634']);
    t.panel.open();
    const options = [...(uiRoot()?.querySelectorAll('[role="option"]') ?? [])];
    expect(options.map((o) => o.getAttribute('data-code'))).toEqual(['64633', '64634']);
    await key(list(), 'ArrowDown');
    await key(list(), 'Enter');
    expect(t.popover.current).toEqual(t.matches[1]);
    expect(uiRoot()?.lastElementChild?.lastElementChild?.className).toBe('cl-popover');
    await key(window, 'Escape');
    expect(t.popover.current).toBeUndefined();
    expect(t.panel.isOpen).toBe(true);
    expect(uiRoot()?.activeElement).toBe(list());
    await key(window, 'Escape');
    expect(t.panel.isOpen).toBe(false);
  });

  it('the panel follows the page while open', () => {
    const t = setUp(['64633']);
    t.panel.open();
    const extra = matchOn('J1100');
    t.highlight.store.set(extra.node, [extra]);
    t.highlight.emit({ added: [extra], removed: [], settled: false });
    expect([...(uiRoot()?.querySelectorAll('[role="option"]') ?? [])].length).toBe(2);
  });

  it('"Check this claim" checks around the selected code; C in a popover opened from the panel, around its code', async () => {
    const t = setUp(['64633', '64634']);
    t.panel.open();
    await key(list(), 'ArrowDown');
    (uiRoot()?.querySelector('.cl-check') as HTMLButtonElement | null)?.click();
    expect(t.checked).toEqual([t.matches[1]]);
    t.popover.openByKeyboard(t.matches[0]);
    await key(uiRoot()?.querySelector('.cl-popover') as HTMLElement, 'c');
    expect(t.checked).toEqual([t.matches[1], t.matches[0]]);
  });

  it('checking or opening a listed code reuses the list: the store is walked once per listing, not per key', async () => {
    // On a 50k-line page one walk of the store for its distinct codes costs ~40 ms (docs/performance.md).
    const t = setUp(['64633', '64634']);
    const walks = vi.spyOn(t.highlight.store, 'codes');
    t.panel.open();
    await key(list(), 'ArrowDown');
    await key(list(), 'c');
    expect(t.checked).toEqual([t.matches[1]]);
    await key(list(), 'Enter');
    expect(t.popover.current).toEqual(t.matches[1]);
    expect(walks).toHaveBeenCalledTimes(1);
  });

  it('a check from the context menu opens the panel', () => {
    const t = setUp(['64633']);
    t.check.run();
    expect(t.panel.isOpen).toBe(true);
    expect(t.checked).toEqual([undefined]);
  });

  it('an open popover asks again for its details once a claim check is in', async () => {
    const t = setUp(['64633', '64634']);
    t.panel.open();
    await key(list(), 'Enter');
    expect(t.popover.current).toEqual(t.matches[0]);
    expect(t.details.requests).toEqual(['64633']);
    for (const fn of t.claims.answered) fn();
    expect(t.details.requests).toEqual(['64633', '64633']);
    // With no popover open, an answer asks for nothing.
    await key(window, 'Escape');
    for (const fn of t.claims.answered) fn();
    expect(t.details.requests).toEqual(['64633', '64633']);
  });
});
