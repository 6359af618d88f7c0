/**
 * The hidden-element check `claimlens scan` gives the detector. happy-dom's getComputedStyle costs about
 * 1.5 ms per element (15 s for a 10,000-row table), so style is computed only for elements a rule could
 * hide: those matching a stylesheet rule that sets `display` or `visibility`, or a browser-default rule
 * that hides (closed `<dialog>`, closed `<details>` content). Every other element can only be hidden by
 * its own markup, which `attributeHidden` reads. The answer is the same as computing style everywhere.
 */
import { attributeHidden, type HiddenCheck } from '../../lib/detect';

/** Browser-default rules that hide content (happy-dom's computed style decides the details). */
const DEFAULT_HIDING = ['dialog:not([open])', 'details:not([open]) > :not(summary)'];

interface RuleLike {
  selectorText?: string;
  style?: { display?: string; visibility?: string };
  cssRules?: ArrayLike<RuleLike>;
}

/** Selectors of the document's style rules (media and supports blocks included) that set display or visibility. */
function displaySelectors(doc: Document): string[] {
  const out: string[] = [];
  const visit = (rules: ArrayLike<RuleLike> | undefined) => {
    for (let i = 0; rules && i < rules.length; i++) {
      const r = rules[i];
      if (r.cssRules) visit(r.cssRules);
      if (r.selectorText && (r.style?.display || r.style?.visibility)) out.push(r.selectorText);
    }
  };
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    try {
      visit((sheet as unknown as RuleLike).cssRules);
    } catch {
      // A sheet that cannot be read is treated as hiding anything: fall back to computing style everywhere.
      out.push('*');
    }
  }
  return out;
}

/**
 * One test for all selectors. A selector happy-dom cannot read makes every element a candidate (style is
 * then computed everywhere), except one aimed at a pseudo-element, which never hides the element itself.
 */
function matcher(selectors: string[], probe: Element): (el: Element) => boolean {
  const usable: string[] = [];
  for (const s of selectors) {
    try {
      probe.matches(s);
      usable.push(s);
    } catch {
      if (!s.includes('::')) return () => true;
    }
  }
  if (usable.length === 0) return () => false;
  const list = usable.join(', ');
  return (el) => el.matches(list);
}

/** The check for `doc`, computing style through `win` only where a rule could hide the element. */
export function ruleAwareHidden(doc: Document, win: Pick<Window, 'getComputedStyle'>): HiddenCheck {
  const probe = doc.documentElement ?? doc.createElement('div');
  const candidate = matcher([...DEFAULT_HIDING, ...displaySelectors(doc)], probe);
  return (el) => {
    if (attributeHidden(el)) return true;
    if (!candidate(el)) return false;
    const cs = win.getComputedStyle(el);
    // Lower-cased: happy-dom reports keywords as written in the stylesheet.
    return cs.display.toLowerCase() === 'none' || cs.visibility.toLowerCase() === 'hidden';
  };
}
