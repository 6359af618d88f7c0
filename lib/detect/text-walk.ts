/**
 * Walks the visible text nodes of a subtree in document order, skipping regions the detector must not read
 * (see `visibility.ts`). One TreeWalker per call; each element is judged once, and a rejected element's
 * subtree is never entered. Open shadow roots are walked after the light tree that hosts them.
 */
import { attributeHidden, isSkippedElement, type HiddenCheck } from './visibility';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** How the walk decides what to skip. */
export interface WalkOptions {
  /** Hidden-element check; defaults to {@link attributeHidden}. */
  isHidden?: HiddenCheck;
  /** Walk open shadow roots too (default true). */
  shadowRoots?: boolean;
}

/** True when the element or an ancestor (crossing shadow hosts) is skipped or hidden. */
export function excludedByAncestors(el: Element | null, isHidden: HiddenCheck): boolean {
  for (let e: Element | null = el; e; ) {
    if (isSkippedElement(e) || isHidden(e)) return true;
    const parent: Element | null = e.parentElement;
    if (parent) { e = parent; continue; }
    const root = e.parentNode as (Node & { host?: Element }) | null;
    e = root && root.host ? root.host : null;
  }
  return false;
}

/** Calls `visit` for every visible text node under `root` (or `root` itself when it is a visible Text). */
export function walkVisibleText(root: Node, doc: Document, options: WalkOptions, visit: (t: Text) => void): void {
  const isHidden = options.isHidden ?? attributeHidden;
  if (root.nodeType === 3) {
    if (!excludedByAncestors(root.parentElement, isHidden)) visit(root as Text);
    return;
  }
  // An element is judged with its ancestors; a shadow root by its host; a document needs no check.
  const start = root.nodeType === 1 ? (root as Element) : ((root as Node & { host?: Element }).host ?? null);
  if (start && excludedByAncestors(start, isHidden)) return;
  const hosts: Element[] = [];
  const wantShadow = options.shadowRoots !== false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === 3) return FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el) || isHidden(el)) return FILTER_REJECT;
      if (wantShadow && el.shadowRoot) hosts.push(el);
      return FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  for (const host of hosts) walkVisibleText(host.shadowRoot!, doc, options, visit);
}

/** Visible text nodes under `root`, in walk order. */
export function visibleTextNodes(root: Node, doc: Document, options: WalkOptions = {}): Text[] {
  const out: Text[] = [];
  walkVisibleText(root, doc, options, (t) => out.push(t));
  return out;
}
