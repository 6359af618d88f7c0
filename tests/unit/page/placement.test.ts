import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../lib/page/placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

describe('placePopover', () => {
  it('puts the popover below the code, left-aligned with it, when it fits', () => {
    const p = placePopover({ left: 100, top: 100, right: 150, bottom: 120 }, size, viewport, 6, 8);
    expect(p).toEqual({ top: 126, left: 100, side: 'below', maxHeight: 800 - 8 - 126 });
  });

  it('flips above when the code is near the bottom and above has more room', () => {
    const p = placePopover({ left: 100, top: 700, right: 150, bottom: 720 }, size, viewport, 6, 8);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 300);
  });

  it('shifts left to stay inside the viewport near the right edge', () => {
    const p = placePopover({ left: 900, top: 100, right: 950, bottom: 120 }, size, viewport, 6, 8);
    expect(p.left).toBe(1000 - 8 - 400);
  });

  it('never places it above the top margin, even for a code scrolled half out of view', () => {
    const p = placePopover({ left: -20, top: -10, right: 30, bottom: 5 }, size, viewport, 6, 8);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.left).toBe(8);
  });

  it('gives a tall popover the room on the larger side, so it never covers the code', () => {
    const anchor = { left: 10, top: 250, right: 60, bottom: 270 };
    const p = placePopover(anchor, { width: 300, height: 2000 }, viewport, 6, 8);
    expect(p.side).toBe('below');
    expect(p.top).toBe(276);
    expect(p.maxHeight).toBe(800 - 8 - 276);
    const up = placePopover(
      { left: 10, top: 600, right: 60, bottom: 620 },
      { width: 300, height: 2000 },
      viewport,
      6,
      8,
    );
    expect(up.side).toBe('above');
    expect(up.top + up.maxHeight).toBe(600 - 6);
    expect(up.top).toBe(8);
  });

  it('may cover the code only when neither side has usable room (tiny viewport)', () => {
    const p = placePopover(
      { left: 10, top: 100, right: 60, bottom: 120 },
      { width: 300, height: 2000 },
      { width: 400, height: 220 },
      6,
      8,
    );
    expect(p.maxHeight).toBe(204);
    expect(p.top).toBe(8);
  });

  it('copes with a viewport narrower than the popover', () => {
    const p = placePopover({ left: 50, top: 10, right: 90, bottom: 30 }, size, { width: 320, height: 600 }, 6, 8);
    expect(p.left).toBe(8);
  });
});
