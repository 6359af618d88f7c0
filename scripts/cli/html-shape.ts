/**
 * A quick look at an HTML file's shape before happy-dom parses it, so pages that would exhaust the
 * stack or the heap are refused with a clear message in well under a second instead of a crash minutes
 * later. happy-dom overflows the stack past about 4,000 nested elements and needs about 10 KB per element
 * (a 25,000-row table: 1.2 GB); browsers themselves stop nesting at 512 levels (Chromium's parser).
 */

/** Deepest element nesting `scan` accepts (estimated from the tags). */
export const MAX_HTML_DEPTH = 1_000;
/** Most elements `scan` accepts (a 25,000-row table of three cells: about 1 GB and 8 s of CPU). */
export const MAX_HTML_ELEMENTS = 100_000;

/** Estimated nesting depth and element count of an HTML text. */
export interface HtmlShape {
  depth: number;
  elements: number;
}

// Elements that never hold children, and those whose end tag the parser implies (a new <li>, <p>, <td>
// or <tr> closes the previous one): neither deepens the tree, so they are counted but not nested.
const FLAT = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th tbody thead tfoot option optgroup rb rt rtc rp colgroup caption html head body'
  ).split(' '),
);
// Whose content is text, not tags: skipped to their end tag.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

// No `<` inside a tag's attributes: a stray `<` ends the attempt there, so the pass stays linear.
const TAG = /<(?:!--|(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>)/g;

/** Counts elements and the deepest nesting of non-flat elements, in one pass over the tags. */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let max = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) {
      // A comment: jump to its end (searching it with the regex made an unclosed `<!--` quadratic).
      const end = html.indexOf('-->', TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = TAG.lastIndex;
      TAG.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (FLAT.has(name) || m[3]) continue;
    depth++;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}
