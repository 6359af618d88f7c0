// @vitest-environment happy-dom
/**
 * The Popover component on its own: hidden until placed beside the code (then onShown), the toolbar's More/Less,
 * Pin and close, and the loading and error states naming their code. Hover and pin wiring:
 * tests/unit/content-script/hover-popover.test.tsx; the real browser: tests/e2e/popover-*.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover, type PopoverContent } from '../../../components/Popover';
import { placePopover } from '../../../lib/page/placement';
import { POPOVER_GAP_PX, POPOVER_MAX_HEIGHT_PX, VIEWPORT_MARGIN_PX } from '../../../lib/page/popover-geometry';

const anchor = { left: 100, top: 200, right: 150, bottom: 216, width: 50, height: 16 };
const viewport = { width: 1200, height: 800 };
let root: HTMLElement;
afterEach(() => act(() => render(null, root)));

function show(content: PopoverContent, pinned = false) {
  const calls = { pin: [] as boolean[], close: 0, shown: [] as HTMLElement[] };
  root = document.createElement('div');
  document.body.append(root);
  const node = (p: boolean) => (
    <Popover
      content={content}
      anchor={anchor}
      viewport={viewport}
      pinned={p}
      onPin={(v) => calls.pin.push(v)}
      onClose={() => calls.close++}
      onShown={(el) => calls.shown.push(el)}
    />
  );
  act(() => render(node(pinned), root));
  const el = root.querySelector<HTMLElement>('.cl-popover')!;
  return { el, calls, rerender: (p: boolean) => act(() => render(node(p), root)) };
}

describe('Popover', () => {
  it('is placed beside the code before it is shown, then reports itself shown', () => {
    const { el, calls } = show({ kind: 'loading', code: '64634' });
    const expected = placePopover(anchor, { width: el.offsetWidth, height: el.scrollHeight }, viewport, {
      gap: POPOVER_GAP_PX,
      margin: VIEWPORT_MARGIN_PX,
      maxHeight: POPOVER_MAX_HEIGHT_PX,
    });
    expect(el.style.visibility).toBe('');
    expect([el.style.top, el.style.left, el.style.maxHeight]).toEqual([
      `${expected.top}px`,
      `${expected.left}px`,
      `${expected.maxHeight}px`,
    ]);
    expect(el.getAttribute('data-side')).toBe(expected.side);
    expect(calls.shown).toEqual([el]);
    expect(el.getAttribute('role')).toBe('dialog');
    expect(el.querySelector('#claimlens-popover-heading')?.textContent).toBe('64634');
    expect(el.querySelector('[role=status]')?.textContent).toBe('Loading…');
  });

  it('More lifts the height cap, Less puts it back; Pin and × call back; the pinned state shows', () => {
    const { el, calls, rerender } = show({ kind: 'error', code: 'J1100', message: 'No answer' });
    expect(el.querySelector('[role=status]')?.textContent).toBe('No answer');
    const more = el.querySelector<HTMLButtonElement>('.cl-expand')!;
    expect([more.textContent, more.getAttribute('aria-pressed'), el.dataset.expanded]).toEqual([
      'More',
      'false',
      'false',
    ]);
    act(() => more.click());
    expect([more.textContent, more.getAttribute('aria-pressed'), el.dataset.expanded]).toEqual([
      'Less',
      'true',
      'true',
    ]);
    act(() => more.click());
    expect(el.dataset.expanded).toBe('false');
    act(() => el.querySelector<HTMLButtonElement>('.cl-pin')!.click());
    expect(calls.pin).toEqual([true]);
    rerender(true);
    const pin = el.querySelector<HTMLButtonElement>('.cl-pin')!;
    expect([pin.textContent, pin.getAttribute('aria-pressed'), el.dataset.pinned]).toEqual(['Pinned', 'true', 'true']);
    act(() => pin.click());
    expect(calls.pin).toEqual([true, false]);
    act(() => el.querySelector<HTMLButtonElement>('.cl-close')!.click());
    expect(calls.close).toBe(1);
  });
});
