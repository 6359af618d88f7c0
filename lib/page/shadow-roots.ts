/**
 * The open shadow roots that hold detected codes. Hover hit-testing must name them to the browser (a caret
 * lookup otherwise stops at the shadow host), and the highlight rules must be adopted into each one (a
 * `::highlight()` rule only styles ranges in its own tree). Roots are learnt from the matches themselves
 * (`node.getRootNode()`), so nothing here walks or touches the page.
 */
import type { PageMatch } from './match-store';

/** True when `node` is a shadow root (a document fragment with a host). */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && (node as ShadowRoot).host !== undefined && (node as ShadowRoot).host !== null;
}

/** Shadow roots seen in matches, minus those whose host has left the document. */
export class ShadowRootSet {
  private readonly roots = new Set<ShadowRoot>();
  private cached: ShadowRoot[] | null = [];

  /** Records the roots of `matches`; returns the roots not seen before (in first-seen order). */
  add(matches: Iterable<PageMatch>): ShadowRoot[] {
    const fresh: ShadowRoot[] = [];
    for (const m of matches) {
      const root = m.node.getRootNode();
      if (!isShadowRoot(root) || this.roots.has(root)) continue;
      this.roots.add(root);
      fresh.push(root);
    }
    if (fresh.length > 0) this.cached = null;
    return fresh;
  }

  /** The roots whose host is still connected (disconnected ones are forgotten; they are re-learnt if they return). */
  list(): readonly ShadowRoot[] {
    if (this.cached?.every((r) => r.host.isConnected)) return this.cached;
    for (const r of this.roots) if (!r.host.isConnected) this.roots.delete(r);
    this.cached = [...this.roots];
    return this.cached;
  }

  /** Number of roots held (connected or not yet pruned). */
  get size(): number {
    return this.roots.size;
  }
}

/** Points of the screen where open shadow roots are looked for when a big tree was not searched. */
const SCREEN_GRID = [0.1, 0.5, 0.9];

/** Open shadow roots under a grid of points on the screen (their hosts and up to 16 ancestors each). */
export function screenShadowRoots(doc: Document, win: Window): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const fx of SCREEN_GRID)
    for (const fy of SCREEN_GRID) {
      let el = doc.elementFromPoint(win.innerWidth * fx, win.innerHeight * fy);
      for (let up = 0; el && up < 16; up++, el = el.parentElement) if (el.shadowRoot) roots.add(el.shadowRoot);
    }
  return [...roots];
}
