/**
 * Which parts of a page the detector reads. Skipped: elements whose text is not page text a biller reads
 * (`script`, `style`, `template`, `noscript`, form controls, `contenteditable` editors) and hidden elements.
 *
 * Hidden, by default, means the `hidden` attribute or an inline `display:none` / `visibility:hidden`
 * (cheap: no style computation). `aria-hidden="true"` is NOT treated as hidden: it hides text from
 * screen readers, not from the eye, and portals put it on visible decorative text. Stylesheet-driven
 * hiding needs computed style; pass {@link computedStyleHidden} (or your own cached check) as `isHidden`.
 */

/** Tags whose contents are never scanned. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
]);

/** Decides whether an element (and so its subtree) is hidden. Called once per element per scan. */
export type HiddenCheck = (el: Element) => boolean;

/** The cheap default: `hidden` attribute, inline `display:none` or `visibility:hidden`. */
export const attributeHidden: HiddenCheck = (el) => {
  // Most cells and spans of a big table carry no attributes at all: one call answers for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  // Read the attribute string first: building a style declaration for every element is costly in some DOMs.
  const inline = el.getAttribute('style');
  if (!inline || !/none|hidden/i.test(inline)) return false;
  const style = (el as HTMLElement).style;
  return !!style && (style.display.toLowerCase() === 'none' || style.visibility.toLowerCase() === 'hidden');
};

/**
 * A check that also honours stylesheets, through the given window's `getComputedStyle`. Costs a style
 * computation per element; the content script should prefer {@link attributeHidden} plus its own cache.
 */
export function computedStyleHidden(win: Pick<Window, 'getComputedStyle'>): HiddenCheck {
  return (el) => {
    if (attributeHidden(el)) return true;
    const cs = win.getComputedStyle(el);
    // Lower-cased: some DOM implementations (happy-dom) report keywords as written in the stylesheet.
    return cs.display.toLowerCase() === 'none' || cs.visibility.toLowerCase() === 'hidden';
  };
}

/** True when the element's own markup excludes it (skipped tag or an editable region root). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}
