// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretAt, hitTest, pointInBoxes } from '../../../lib/page/hit-test';
import type { PageMatch } from '../../../lib/page/match-store';
import { page, textNode } from './dom-helpers';

describe('hit testing', () => {
  it('pointInBoxes honours the slop margin', () => {
    const boxes = [{ left: 10, top: 10, right: 50, bottom: 30 }];
    expect(pointInBoxes(30, 20, boxes)).toBe(true);
    expect(pointInBoxes(51, 20, boxes, 1)).toBe(true);
    expect(pointInBoxes(53, 20, boxes, 1)).toBe(false);
  });

  it('caretAt prefers caretPositionFromPoint and falls back to caretRangeFromPoint', () => {
    const doc = page('<p>64634</p>');
    const t = textNode(doc.body, '64634');
    const withPosition = { caretPositionFromPoint: () => ({ offsetNode: t, offset: 2 }) } as unknown as Document;
    expect(caretAt(withPosition, 1, 1)).toEqual({ node: t, offset: 2 });
    const withRange = { caretRangeFromPoint: () => ({ startContainer: t, startOffset: 3 }) } as unknown as Document;
    expect(caretAt(withRange, 1, 1)).toEqual({ node: t, offset: 3 });
    expect(caretAt({} as Document, 1, 1)).toBeNull();
  });

  it('hitTest returns the match under the caret only when the point is on its characters', () => {
    const doc = page('<p>64634</p>');
    const t = textNode(doc.body, '64634');
    const m: PageMatch = {
      code: '64634',
      system: 'CPT',
      category: 'I',
      start: 0,
      end: 5,
      modifiers: [],
      units: null,
      addOnMarker: false,
      role: 'billed' as const,
      node: t,
    };
    const fake = {
      caretPositionFromPoint: () => ({ offsetNode: t, offset: 5 }),
      createRange: () => ({
        setStart() {},
        setEnd() {},
        getClientRects: () => [{ left: 0, top: 0, right: 40, bottom: 16 }],
      }),
    } as unknown as Document;
    const find = (n: Node, o: number) => (n === t && o >= 0 && o <= 5 ? m : undefined);
    expect(hitTest(fake, 20, 8, find)).toBe(m);
    // The caret snaps to the end of the line when the pointer is in blank space past it: no hit.
    expect(hitTest(fake, 300, 8, find)).toBeUndefined();
  });
});
