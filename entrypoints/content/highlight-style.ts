/**
 * The `::highlight()` rules for the marks, adopted into the page document (adopted sheets are not part of
 * the DOM, so the page's markup is unchanged). One rule set per highlight style preference.
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

  constructor(private readonly doc: Document) {
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  apply(style: HighlightStyle): void {
    this.sheet.replaceSync(RULES[style]);
  }

  remove(): void {
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
