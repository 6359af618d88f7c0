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
/** How the running context changes before a text: no change, a line break, or a restart (new cell). */
export type Sep = 0 | 1 | 2;
export const SAME: Sep = 0;
export const NEWLINE: Sep = 1;
export const RESET: Sep = 2;
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
 * Text of a Modifier/Units cell. The page scan (attribute rules only) reads the cell's text directly; a scan
 * that judges computed style (the claim check's re-read) reads only what is visible in it, so a hidden "59"
 * in a Mod cell never bypasses an edit.
 */
export function pairedText(cell: Element, doc: Document, options: WalkOptions): string {
  if (!options.isTextHidden && !options.isHidden) return cellText(cell);
  let out = '';
  walkVisibleText(cell, doc, options, (t) => {
    if (out.length < MAX_CELL_TEXT_CHARS) out += t.data;
  });
  return out.slice(0, MAX_CELL_TEXT_CHARS);
}

/** Up to {@link CONTEXT_CHARS} of visible text before `first`, within the document (labels split across nodes). */
export function precedingText(first: Text, doc: Document, options: WalkOptions): string {
  const scope = first.getRootNode() as Node;
  const before: string[] = [];
  let len = 0;
  let lastBlock = blockOf(first);
  const firstCell = cellOf(lastBlock);
  const walker = doc.createTreeWalker(scope, 0x4);
  walker.currentNode = first;
  for (let n = walker.previousNode(); n && len < CONTEXT_CHARS && before.length < 8; n = walker.previousNode()) {
    const t = n as Text;
    const block = blockOf(t);
    // Walking backwards, once outside the first text's cell we never re-enter it: stop before judging
    // visibility (an ancestor walk per node), which made this the costliest part of scanning a table row.
    if (block !== lastBlock && firstCell && cellOf(block) !== firstCell) break;
    let visible = false;
    walkVisibleText(t, doc, options, () => {
      visible = true;
    });
    if (!visible) continue;
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
 * Start of the following visible text in the same block (a `-59` written after `<b>64634</b>`). Past the end of
 * the scanned list (a single-node or subtree scan) it continues in the document, so both scans agree.
 */
export function followingText(
  texts: Text[],
  i: number,
  block: Node | null,
  doc: Document,
  options: WalkOptions,
): string {
  let out = '';
  let j = i + 1;
  for (; j < texts.length && out.length < CONTEXT_CHARS; j++) {
    if (blockOf(texts[j]) !== block) return out.slice(0, CONTEXT_CHARS);
    out += texts[j].data;
  }
  if (j === texts.length && out.length < CONTEXT_CHARS) {
    const walker = doc.createTreeWalker(texts[texts.length - 1].getRootNode(), 0x4);
    walker.currentNode = texts[texts.length - 1];
    for (let n = walker.nextNode(), k = 0; n && out.length < CONTEXT_CHARS && k < 8; n = walker.nextNode(), k++) {
      const t = n as Text;
      if (blockOf(t) !== block) break;
      let visible = false;
      walkVisibleText(t, doc, options, () => {
        visible = true;
      });
      if (visible) out += t.data;
    }
  }
  return out.slice(0, CONTEXT_CHARS);
}
