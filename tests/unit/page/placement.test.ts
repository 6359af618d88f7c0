import { describe, expect, it } from 'vitest';
import type { Box } from '../../../lib/page/hit-test';
import { placePopover } from '../../../lib/page/placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };
const opts = { gap: 6, margin: 8 };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placePopover', () => {
  it('puts the popover to the right of the code, its top level with the code, when it fits', () => {
    const p = placePopover({ left: 100, top: 100, right: 150, bottom: 120 }, size, viewport, opts);
    expect(p).toEqual({ top: 96, left: 156, side: 'right', maxHeight: 800 - 16 });
  });

  it('puts it on the left of a code near the right edge', () => {
    const p = placePopover({ left: 700, top: 100, right: 750, bottom: 120 }, size, viewport, opts);
    expect(p.side).toBe('left');
    expect(p.left).toBe(700 - 6 - 400);
  });

  it('caps the height (the popover scrolls within) and keeps it inside the viewport near the bottom', () => {
    const anchor = { left: 100, top: 760, right: 150, bottom: 780 };
    const p = placePopover(anchor, { width: 400, height: 2000 }, viewport, { ...opts, maxHeight: 360 });
    expect(p.maxHeight).toBe(360);
    expect(p.top).toBe(800 - 8 - 360);
    expect(overlaps(anchor, { left: p.left, top: p.top, right: p.left + 400, bottom: p.top + 360 })).toBe(false);
  });

  it('never covers the code beside it, wherever the code is', () => {
    for (let x = 0; x < 1000; x += 37)
      for (let y = 0; y < 800; y += 41) {
        const anchor = { left: x, top: y, right: x + 45, bottom: y + 18 };
        const p = placePopover(anchor, size, viewport, { ...opts, maxHeight: 360 });
        const h = Math.min(size.height, p.maxHeight);
        expect(overlaps(anchor, { left: p.left, top: p.top, right: p.left + 400, bottom: p.top + h })).toBe(false);
      }
  });

  it('never places it above the top margin, even for a code scrolled half out of view', () => {
    const p = placePopover({ left: -20, top: -10, right: 30, bottom: 5 }, size, viewport, opts);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.side).toBe('right');
  });

  it('falls back below or above in a viewport too narrow for either side, on the larger side', () => {
    const narrow = { width: 500, height: 800 };
    const p = placePopover({ left: 100, top: 100, right: 150, bottom: 120 }, size, narrow, opts);
    expect(p).toEqual({ top: 126, left: 92, side: 'below', maxHeight: 800 - 8 - 126 });
    const up = placePopover(
      { left: 100, top: 600, right: 150, bottom: 620 },
      { width: 400, height: 2000 },
      narrow,
      opts,
    );
    expect(up.side).toBe('above');
    expect(up.top + up.maxHeight).toBe(600 - 6);
    expect(up.top).toBe(8);
  });

  it('may cover the code only when no side has usable room (tiny viewport)', () => {
    const p = placePopover(
      { left: 10, top: 100, right: 60, bottom: 120 },
      { width: 300, height: 2000 },
      { width: 320, height: 220 },
      opts,
    );
    expect(p.maxHeight).toBe(204);
    expect(p.top).toBe(8);
  });
});
