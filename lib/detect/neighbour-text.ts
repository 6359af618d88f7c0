/**
 * Text around a code that its own text node does not hold: the block and cell a text sits in, the visible
 * text before and after it (labels and suffixes split across inline elements), and the visible text of a
 * Modifier/Units cell. Reads only; each walk is bounded to a few nodes and characters.
 */
import { MAX_CELL_TEXT_CHARS } from './limits';
import { cellText } from './table-context';
import { walkVisibleText, type WalkOptions } from './text-walk';

/** Characters of context read on each side of a text. */
export const CONTEXT_CHARS = 48;
/** Inline elements do not break text apart; anything else starts a new visual line for context purposes. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
  'tt',
]);

/** The nearest non-inline ancestor of a text (its visual line). */
export function blockOf(t: Text): Node | null {
  let e = t.parentElement;
  while (e && INLINE.has(e.localName)) e = e.parentElement;
  return e ?? t.parentNode;
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** The table cell holding `block`, if any: labels never carry over from one cell into another. */
export function cellOf(block: Node | null): Element | null {
  for (let e = block as Element | null; e && e.nodeType === 1; e = e.parentElement) {
    const tag = e.localName;
    if (tag === 'td' || tag === 'th' || CELL_ROLES.has(e.getAttribute('role') ?? '')) return e;
    if (tag === 'table' || tag === 'body' || tag === 'tr') return null;
  }
  return null;
}

/**
 * Text of a Modifier/Units cell. The page scan reads the cell's text directly; a read that judges computed
 * style (`isTextHidden`: the claim check's re-read, the CLI) reads only what is visible in it, so a hidden
 * "59" in a Mod cell never bypasses an edit.
 */
export function pairedText(cell: Element, doc: Document, options: WalkOptions): string {
  if (!options.isTextHidden) return cellText(cell);
  let out = '';
  walkVisibleText(cell, doc, options, (t) => {
    if (out.length < MAX_CELL_TEXT_CHARS) out += t.data;
  });
  return out.slice(0, MAX_CELL_TEXT_CHARS);
}

/** True when a single text node is visible text (its parent and every ancestor judged by `options`). */
function walkSaysVisible(t: Text, doc: Document, options: WalkOptions): boolean {
  let visible = false;
  walkVisibleText(t, doc, options, () => {
    visible = true;
  });
  return visible;
}

/**
 * Up to {@link CONTEXT_CHARS} of visible text before `first`, within the document (labels split across nodes).
 * `visible` may answer for a text instead of a walk from it (the page scanner's cached ancestor chain).
 */
export function precedingText(
  first: Text,
  doc: Document,
  options: WalkOptions,
  visible: (t: Text) => boolean = (t) => walkSaysVisible(t, doc, options),
): string {
  const before: string[] = [];
  let len = 0;
  let lastBlock = blockOf(first);
  const firstCell = cellOf(lastBlock);
  for (let t = previousText(first); t && len < CONTEXT_CHARS && before.length < 8; t = previousText(t)) {
    const block = blockOf(t);
    // Walking backwards, once outside the first text's cell we never re-enter it: stop before judging
    // visibility (an ancestor walk per node), which made this the costliest part of scanning a table row.
    if (block !== lastBlock && firstCell && cellOf(block) !== firstCell) break;
    if (!visible(t)) continue;
    if (block !== lastBlock) {
      before.unshift('\n');
      lastBlock = block;
    }
    before.unshift(t.data);
    len += t.data.length;
  }
  return before.join('').slice(-CONTEXT_CHARS);
}

/**
 * Start of the following visible text in the same block as `t` (a `-59` written after `<b>64634</b>`), at most
 * {@link CONTEXT_CHARS} characters from at most 8 text nodes.
 */
export function followingText(
  t: Text,
  block: Node | null,
  doc: Document,
  options: WalkOptions,
  visible: (t: Text) => boolean = (n) => walkSaysVisible(n, doc, options),
): string {
  let out = '';
  for (let next = nextText(t), k = 0; next && out.length < CONTEXT_CHARS && k < 8; next = nextText(next), k++) {
    if (blockOf(next) !== block) break;
    if (visible(next)) out += next.data;
  }
  return out.slice(0, CONTEXT_CHARS);
}

/**
 * The text node before `n` in document order, within its tree (null at the start of the document or shadow
 * root). Sibling hops from script, not a TreeWalker: a walker per candidate cost more than the walk it did
 * (docs/performance.md), and next to a table cell the answer is one or two hops away.
 */
export function previousText(n: Node): Text | null {
  let cur: Node = n;
  for (;;) {
    const prev: Node | null = cur.previousSibling;
    if (prev) {
      cur = prev;
      while (cur.lastChild) cur = cur.lastChild;
      if (cur.nodeType === 3) return cur as Text;
      continue;
    }
    const up: Node | null = cur.parentNode;
    if (!up || up.nodeType === 9 || up.nodeType === 11) return null;
    cur = up;
  }
}

/** The text node after `n` in document order, within its tree (null at the end). */
export function nextText(n: Node): Text | null {
  let cur: Node = n;
  for (;;) {
    const down = cur.nodeType === 3 ? null : cur.firstChild;
    if (down && cur !== n) {
      cur = down;
      if (cur.nodeType === 3) return cur as Text;
      continue;
    }
    let up: Node | null = cur;
    while (up && !up.nextSibling) {
      up = up.parentNode;
      if (!up || up.nodeType === 9 || up.nodeType === 11) return null;
    }
    if (!up) return null;
    cur = up.nextSibling!;
    if (cur.nodeType === 3) return cur as Text;
  }
}
