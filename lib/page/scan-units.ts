/**
 * Splits a subtree into scan units for the time-sliced scanner: small, self-contained pieces the detector's
 * `collectCodes` can read one at a time (a table row, a list item, a paragraph, a leaf block, or a lone text
 * node), in document order. Only pieces that can hold a code are yielded: a text node needs four digits in a
 * row, and an element unit is yielded whole (its text is read by the detector itself).
 *
 * Rows are units because the detector pairs a code with the Mod/Units cells of its row; a unit never
 * splits a row. Skipped and hidden elements (per the detector's rules) are not entered. Open shadow roots
 * of container elements are entered (their units come before the host's light children); closed ones cannot be.
 */
import { mayContainCode } from '../detect/code-shape';
import { attributeHidden, isSkippedElement, type HiddenCheck } from '../detect/visibility';
import { MAX_SHADOW_DEPTH } from './limits';

const UNIT_TAGS = new Set([
  'tr',
  'li',
  'p',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'caption',
  'figcaption',
  'blockquote',
]);

/** A leaf block with this many child elements or fewer is read as one unit. */
const LEAF_CHILDREN = 24;
const CONTAINER_TAGS = new Set([
  'html',
  'body',
  'main',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'ul',
  'ol',
  'dl',
  'form',
  'section',
  'article',
]);

/** True when the element is read as one unit. */
export function isScanUnit(el: Element): boolean {
  const tag = el.localName;
  if (UNIT_TAGS.has(tag) || el.getAttribute('role') === 'row') return true;
  if (CONTAINER_TAGS.has(tag) || el.childElementCount > LEAF_CHILDREN) return false;
  // A block with its own text (e.g. `<div>Code <b>64634</b>-59</div>`) keeps that text's neighbours together.
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && /\S/.test((c as Text).data)) return true;
  }
  return false;
}

/** The outermost scan unit holding `node` below `root`, or `node` itself when none does. */
export function unitOf(node: Node, root: Node): Node {
  let unit: Node = node;
  for (let e = node.nodeType === 1 ? (node as Element) : node.parentElement; e && e !== root; e = e.parentElement) {
    if (isScanUnit(e)) unit = e;
  }
  return unit;
}

/** True when the element itself or an ancestor is skipped or hidden. */
function excluded(el: Element | null, isHidden: HiddenCheck): boolean {
  for (let e = el; e; e = e.parentElement) if (isSkippedElement(e) || isHidden(e)) return true;
  return false;
}

/**
 * Yields the scan units of `root`'s subtree in document order, starting at `from` (a node inside `root`,
 * default `root` itself) and continuing past it to the end of `root`.
 */
export function* scanUnits(
  root: Node,
  options: { from?: Node; isHidden?: HiddenCheck; shadowDepth?: number } = {},
): Generator<Node> {
  const isHidden = options.isHidden ?? attributeHidden;
  if (root.nodeType === 3) {
    if (mayContainCode((root as Text).data) && !excluded(root.parentElement, isHidden)) yield root;
    return;
  }
  if (root.nodeType === 1 && excluded(root as Element, isHidden)) return;
  let node: Node | null = options.from ? unitOf(options.from, root) : root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      if (node !== root && mayContainCode((node as Text).data)) yield node;
    } else if (node.nodeType === 1 || node.nodeType === 11 || node.nodeType === 9) {
      const el = node as Element;
      if (node.nodeType === 1 && node !== root && (isSkippedElement(el) || isHidden(el))) descend = false;
      else if (node.nodeType === 1 && node !== root && isScanUnit(el)) {
        if (mayContainCode(el.textContent ?? '')) yield el;
      } else descend = true;
    }
    // An open shadow root holds page text too (LWC/Polymer portals); closed roots are unreachable by design.
    // Each nested root is one more generator in the chain, so their depth is capped (see MAX_SHADOW_DEPTH).
    const depth = options.shadowDepth ?? 0;
    if (descend && node.nodeType === 1 && node !== root && (node as Element).shadowRoot && depth < MAX_SHADOW_DEPTH) {
      yield* scanUnits((node as Element).shadowRoot!, { isHidden, shadowDepth: depth + 1 });
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: a sibling, else climb (never above root).
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}
