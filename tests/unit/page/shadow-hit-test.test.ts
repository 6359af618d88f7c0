// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretAt, caretInShadow, hitTest } from '../../../lib/page/hit-test';
import type { PageMatch } from '../../../lib/page/match-store';
import { ShadowRootSet } from '../../../lib/page/shadow-roots';
import { page, textNode } from './dom-helpers';

/** A page with 64633 in the light DOM and 64634 inside an open shadow root. */
function shadowPage() {
  const doc = page('<p>Light 64633</p><claim-row></claim-row>');
  const host = doc.querySelector('claim-row')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<span>64634</span>';
  const light = textNode(doc.body, '64633');
  const inner = root.querySelector('span')!.firstChild as Text;
  return { doc, host, root, light, inner };
}

const matchIn = (node: Text, code: string, start = node.data.indexOf(code)): PageMatch => ({
  code,
  system: 'CPT',
  category: 'I',
  start,
  end: start + code.length,
  modifiers: [],
  units: null,
  addOnMarker: false,
  role: 'billed' as const,
  node,
});

describe('hit testing inside open shadow roots', () => {
  it('caretAt passes the shadow roots to caretPositionFromPoint, and only when there are some', () => {
    const { root, inner, host } = shadowPage();
    const calls: unknown[][] = [];
    const fake = {
      caretPositionFromPoint: (...args: unknown[]) => {
        calls.push(args);
        const opts = args[2] as { shadowRoots?: ShadowRoot[] } | undefined;
        // Like Chromium: without the root named, the caret stops at the host's parent.
        return opts?.shadowRoots?.includes(root)
          ? { offsetNode: inner, offset: 2 }
          : { offsetNode: host.parentNode!, offset: 1 };
      },
      elementFromPoint: () => null,
    } as unknown as Document;
    expect(caretAt(fake, 5, 5, [root])).toEqual({ node: inner, offset: 2 });
    expect(calls[0]).toEqual([5, 5, { shadowRoots: [root] }]);
    expect(caretAt(fake, 5, 5)).toEqual({ node: host.parentNode, offset: 1 });
    expect(calls[1]).toEqual([5, 5]);
  });

  it('caretInShadow walks elementFromPoint through the open root to the character under the point', () => {
    const { doc, host, root, inner } = shadowPage();
    const span = root.querySelector('span')!;
    // Each character of "64634" is 8 px wide on a 16 px line starting at x = 100.
    const fake = {
      elementFromPoint: () => host,
      createRange: () => {
        let s = 0;
        return {
          setStart(_n: Node, o: number) {
            s = o;
          },
          setEnd() {},
          getClientRects: () => [{ left: 100 + s * 8, top: 0, right: 108 + s * 8, bottom: 16 }],
        };
      },
    } as unknown as Document;
    const orig = root.elementFromPoint;
    root.elementFromPoint = () => span;
    try {
      expect(caretInShadow(fake, 121, 8)).toEqual({ node: inner, offset: 2 });
      expect(caretInShadow(fake, 300, 8)).toBeNull();
      // A point on a light-DOM element (no shadow root entered) is not the walk's business.
      expect(caretInShadow({ ...fake, elementFromPoint: () => doc.body } as unknown as Document, 121, 8)).toBeNull();
    } finally {
      root.elementFromPoint = orig;
    }
  });

  it('hitTest finds a code inside a shadow root through caretRangeFromPoint + the walk when the caret stops at the host', () => {
    const { host, root, inner } = shadowPage();
    const span = root.querySelector('span')!;
    const m = matchIn(inner, '64634');
    const fake = {
      caretRangeFromPoint: () => ({ startContainer: host.parentNode, startOffset: 1 }),
      elementFromPoint: () => host,
      createRange: () => {
        let s = 0;
        let e = 0;
        return {
          setStart(_n: Node, o: number) {
            s = o;
          },
          setEnd(_n: Node, o: number) {
            e = o;
          },
          getClientRects: () => [{ left: 100 + s * 8, top: 0, right: 100 + e * 8, bottom: 16 }],
        };
      },
    } as unknown as Document;
    root.elementFromPoint = () => span;
    const find = (n: Node, o: number) => (n === inner && o >= m.start && o <= m.end ? m : undefined);
    expect(hitTest(fake, 110, 8, find, [root])).toBe(m);
    // Without the roots the caret (at the host's parent) holds no code: no hit, as before.
    expect(hitTest(fake, 110, 8, find)).toBeUndefined();
  });

  it('ShadowRootSet learns roots from matches once each and forgets roots whose host left the page', () => {
    const { host, root, light, inner } = shadowPage();
    const set = new ShadowRootSet();
    expect(set.add([matchIn(light, '64633')])).toEqual([]);
    expect(set.add([matchIn(inner, '64634'), matchIn(inner, '64634')])).toEqual([root]);
    expect(set.add([matchIn(inner, '64634')])).toEqual([]);
    expect(set.list()).toEqual([root]);
    host.remove();
    expect(set.list()).toEqual([]);
    expect(set.size).toBe(0);
  });
});
