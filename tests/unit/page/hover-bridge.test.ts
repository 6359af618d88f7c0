import { describe, expect, it } from 'vitest';
import { inHoverBridge } from '../../../lib/page/hover-bridge';

const code = { left: 100, top: 200, right: 150, bottom: 218 };

describe('inHoverBridge', () => {
  it('covers the gap between a code and a popover on its right, over the height both span', () => {
    const card = { left: 156, top: 196, right: 576, bottom: 556 };
    expect(inHoverBridge({ x: 153, y: 210 }, code, card)).toBe(true);
    expect(inHoverBridge({ x: 153, y: 400 }, code, card)).toBe(true);
    expect(inHoverBridge({ x: 153, y: 600 }, code, card)).toBe(false);
    expect(inHoverBridge({ x: 90, y: 210 }, code, card)).toBe(false);
    expect(inHoverBridge({ x: 300, y: 210 }, code, card)).toBe(false);
  });

  it('covers the gap on the left, below and above', () => {
    expect(inHoverBridge({ x: 97, y: 205 }, code, { left: 0, top: 190, right: 94, bottom: 500 })).toBe(true);
    expect(inHoverBridge({ x: 120, y: 221 }, code, { left: 100, top: 224, right: 520, bottom: 560 })).toBe(true);
    expect(inHoverBridge({ x: 120, y: 197 }, code, { left: 90, top: 10, right: 510, bottom: 194 })).toBe(true);
    expect(inHoverBridge({ x: 600, y: 221 }, code, { left: 100, top: 224, right: 520, bottom: 560 })).toBe(false);
  });

  it('is empty when the popover overlaps the code (nothing lies between them)', () => {
    expect(inHoverBridge({ x: 120, y: 210 }, code, { left: 110, top: 205, right: 400, bottom: 500 })).toBe(false);
  });
});
