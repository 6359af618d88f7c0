/**
 * Walks the visible text nodes of a subtree in document order, skipping regions the detector must not read
 * (see `visibility.ts`). Each element is judged once; text under a rejected element is never visited.
 * Open shadow roots are walked after the light tree that hosts them.
 *
 * The TreeWalker has no JavaScript `NodeFilter`: a filter costs a call from the browser into script for
 * every node, and following `firstChild`/`nextSibling` from script costs several calls per node; either made
 * this walk the largest single cost of scanning a 10k-line remittance (docs/performance.md, CPU profile). Instead the
 * browser walks natively and each element on a text's ancestor path is judged once, from a per-walk cache.
 */
import { attributeHidden, isSkippedElement, type HiddenCheck } from './visibility';

/** How the walk decides what to skip. */
export interface WalkOptions {
  /** Hidden-element check; defaults to {@link attributeHidden}. */
  isHidden?: HiddenCheck;
  /**
   * Judges the text directly under an element (computed style: zero font size, transparent text, display
   * and opacity up the tree; see `seen.ts`). Omitted in the page scan, which stays on attributes.
   */
  isTextHidden?: (parent: Element) => boolean;
  /** Walk open shadow roots too (default true). */
  shadowRoots?: boolean;
  /**
   * The caller has already checked that no ancestor of the root is skipped or hidden (the page scanner's
   * units come from a walk that never enters such elements), so the root's ancestors are not re-read.
   */
  ancestorsChecked?: boolean;
}

/** True when the element or an ancestor (crossing shadow hosts) is skipped or hidden. */
export function excludedByAncestors(el: Element | null, isHidden: HiddenCheck): boolean {
  for (let e: Element | null = el; e; ) {
    if (isSkippedElement(e) || isHidden(e)) return true;
    const parent: Element | null = e.parentElement;
    if (parent) {
      e = parent;
      continue;
    }
    const root = e.parentNode as (Node & { host?: Element }) | null;
    e = root?.host ? root.host : null;
  }
  return false;
}

/** Calls `visit` for every visible text node under `root` (or `root` itself when it is a visible Text). */
export function walkVisibleText(root: Node, doc: Document, options: WalkOptions, visit: (t: Text) => void): void {
  const isHidden = options.isHidden ?? attributeHidden;
  const trusted = options.ancestorsChecked === true;
  const textHidden = options.isTextHidden;
  if (root.nodeType === 3) {
    const parent = root.parentElement;
    if (parent && textHidden?.(parent)) return;
    if (trusted || !excludedByAncestors(parent, isHidden)) visit(root as Text);
    return;
  }
  // An element is judged with its ancestors; a shadow root by its host; a document needs no check.
  const start = root.nodeType === 1 ? (root as Element) : ((root as Node & { host?: Element }).host ?? null);
  if (
    start &&
    (trusted
      ? root.nodeType === 1 && (isSkippedElement(start) || isHidden(start))
      : excludedByAncestors(start, isHidden))
  )
    return;
  const wantShadow = options.shadowRoots !== false;
  // Shadow trees still to walk, last first (a stack, not recursion: nesting depth is the page's choice).
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const hosts = walkTree(
      pending.pop()!,
      doc,
      isHidden,
      wantShadow,
      textHidden ? judgeText(textHidden, visit) : visit,
    );
    for (let i = hosts.length - 1; i >= 0; i--) pending.push(hosts[i].shadowRoot!);
  }
}

/** Wraps `visit` so each text is first judged by its parent (once per parent). */
function judgeText(textHidden: (parent: Element) => boolean, visit: (t: Text) => void): (t: Text) => void {
  const judged = new Map<Element, boolean>();
  return (t) => {
    const parent = t.parentElement;
    if (!parent) return visit(t);
    let hidden = judged.get(parent);
    if (hidden === undefined) {
      hidden = textHidden(parent);
      judged.set(parent, hidden);
    }
    if (!hidden) visit(t);
  };
}

/** Walks one tree (no shadow roots); returns the visible shadow hosts met, in document order. */
function walkTree(
  root: Node,
  doc: Document,
  isHidden: HiddenCheck,
  wantShadow: boolean,
  visit: (t: Text) => void,
): Element[] {
  // The browser walks the text nodes natively (no script filter); each text's ancestors up to the root are
  // judged once per element, remembered for the siblings and cousins that share them.
  const judged = new Map<Node, boolean>();
  judged.set(root, true);
  const path: Node[] = [];
  const visible = (el: Node | null): boolean => {
    // Climb to the nearest judged ancestor, then judge the path back down (iterative: no stack depth limit).
    let n = el;
    let known = n ? judged.get(n) : false;
    while (n && known === undefined) {
      path.push(n);
      n = n.parentNode;
      known = n ? judged.get(n) : false;
    }
    let ok = known === true;
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i] as Element;
      ok = ok && (path[i].nodeType !== 1 || (!isSkippedElement(e) && !isHidden(e)));
      judged.set(path[i], ok);
    }
    path.length = 0;
    return ok;
  };
  // A TreeWalker never returns its own root, so a root that hosts a shadow root is listed here.
  const hosts: Element[] = wantShadow && root.nodeType === 1 && (root as Element).shadowRoot ? [root as Element] : [];
  const walker = doc.createTreeWalker(root, wantShadow ? SHOW_ELEMENT | SHOW_TEXT : SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      if (visible(n.parentNode)) visit(n as Text);
    } else if ((n as Element).shadowRoot && visible(n)) hosts.push(n as Element);
  }
  return hosts;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Visible text nodes under `root`, in walk order. */
export function visibleTextNodes(root: Node, doc: Document, options: WalkOptions = {}): Text[] {
  const out: Text[] = [];
  walkVisibleText(root, doc, options, (t) => out.push(t));
  return out;
}
