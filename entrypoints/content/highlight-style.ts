/**
 * The `::highlight()` rules for the marks, adopted into the page document (adopted sheets are not part of
 * the DOM, so the page's markup is unchanged). One rule set per highlight style preference. The same sheet
 * is adopted into each open shadow root holding codes: a `::highlight()` rule only styles its own tree.
 */
import type { HighlightStyle } from '../../lib/settings/types';

export const HIGHLIGHT_NAME = 'claimlens-code';

const RULES: Record<HighlightStyle, string> = {
  underline: `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted 2px rgb(11 92 173 / 0.85); text-underline-offset: 2px; }`,
  tint: `::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(11 92 173 / 0.14); }`,
  off: '',
};

/** Owns the adopted sheet; `apply` switches style, `remove` takes the sheet out of the document. */
export class HighlightStyleSheet {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<ShadowRoot>();

  constructor(private readonly doc: Document) {
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  apply(style: HighlightStyle): void {
    this.sheet.replaceSync(RULES[style]);
  }

  /** Adopts the sheet into open shadow roots (once each; roots whose host left the page are let go). */
  adopt(roots: Iterable<ShadowRoot>): void {
    for (const r of this.roots) if (!r.host.isConnected) this.roots.delete(r);
    for (const r of roots) {
      this.roots.add(r);
      if (!r.adoptedStyleSheets.includes(this.sheet)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, this.sheet];
    }
  }

  remove(): void {
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    for (const r of this.roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.roots.clear();
  }
}
