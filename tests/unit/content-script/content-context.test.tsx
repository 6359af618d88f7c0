// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelView, popoverView, surroundings } from './harness';

describe('contentContext timers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  it('run while the script lives, can be cleared, and never run once it is retired', () => {
    const { page, retire } = surroundings();
    const ran: string[] = [];
    page.timers.setTimeout(() => ran.push('early'), 10);
    const cleared = page.timers.setTimeout(() => ran.push('cleared'), 10);
    page.timers.clearTimeout(cleared);
    vi.advanceTimersByTime(10);
    page.timers.setTimeout(() => ran.push('late timeout'), 10);
    page.timers.requestAnimationFrame(() => ran.push('late frame'));
    retire();
    page.timers.setTimeout(() => ran.push('after retirement'), 0);
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['early']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('listeners added with on() stop when the script is retired', () => {
    const { page, retire } = surroundings();
    let n = 0;
    page.on(window, 'custom-test', () => n++);
    window.dispatchEvent(new Event('custom-test'));
    retire();
    window.dispatchEvent(new Event('custom-test'));
    expect(n).toBe(1);
  });
});

describe('uiLayers', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('claimlens-ui')) host.remove();
  });

  it('draws layers in stacking order, and Escape closes the topmost open one', () => {
    const { ui } = surroundings();
    const open = { low: true, high: true };
    const closer = (key: 'low' | 'high') => () => {
      if (!open[key]) return false;
      open[key] = false;
      return true;
    };
    ui.add(20, () => open.high && popoverView(), closer('high'));
    ui.add(10, () => open.low && panelView(), closer('low'));
    ui.update();
    const root = document.querySelector('claimlens-ui')?.shadowRoot;
    const drawn = [...(root?.querySelectorAll('.cl-panel, .cl-popover') ?? [])];
    expect(drawn.map((el) => (el.classList.contains('cl-panel') ? 'low' : 'high'))).toEqual(['low', 'high']);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(open).toEqual({ low: true, high: false });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(open).toEqual({ low: false, high: false });
  });

  it('draws nothing once the script is retired (a late answer cannot bring the host back)', () => {
    const { ui, retire } = surroundings();
    ui.add(10, () => panelView());
    ui.update();
    expect(document.querySelector('claimlens-ui')).not.toBeNull();
    retire();
    expect(document.querySelector('claimlens-ui')).toBeNull();
    ui.update();
    expect(document.querySelector('claimlens-ui')).toBeNull();
  });
});
