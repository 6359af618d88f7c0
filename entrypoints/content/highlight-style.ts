/**
 * The `::highlight()` rules for the marks, adopted into the page document (adopted sheets are not part of
 * the DOM, so the page's markup is unchanged). The same sheet is adopted into each open shadow root holding
 * codes: a `::highlight()` rule only styles its own tree.
 *
 * Why one fixed sheet adopted at `document_start` (entrypoints/highlight-sheet.content.ts): a `::highlight()`
 * rule matches every element, so adding or changing it after the page has rendered makes Chromium recompute
 * the style of the whole document. On the bench's 10k-line remittance (docs/performance.md) that was a 1.06 s task. Adopted before
 * the page has any elements it costs nothing, and it never changes afterwards: the style preference picks
 * which highlight *name* the marks are registered under (one rule per style), not the rules.
 */
import type { HighlightStyle } from '../../lib/settings/types';

/** Highlight name of the default (underline) style; the benchmark and tests look the marks up by it. */
export const HIGHLIGHT_NAME = 'claimlens-code';

/** Highlight name per style preference (`off`: not registered at all). */
export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'off'>, string> = {
  underline: HIGHLIGHT_NAME,
  tint: `${HIGHLIGHT_NAME}-tint`,
};

/** The highlight name for a style preference, or null when marks are off. */
export function highlightNameFor(style: HighlightStyle): string | null {
  return style === 'off' ? null : HIGHLIGHT_NAMES[style];
}

const RULES = [
  `::highlight(${HIGHLIGHT_NAMES.underline}) { text-decoration: underline dotted 2px rgb(11 92 173 / 0.85); text-underline-offset: 2px; }`,
  `::highlight(${HIGHLIGHT_NAMES.tint}) { background-color: rgb(11 92 173 / 0.14); }`,
].join('\n');

/** Where the document_start script leaves the sheet for the main content script (same isolated world). */
const SHARED_KEY = '__claimlensHighlightSheet';
interface SharedSheet {
  sheet: CSSStyleSheet;
  /** The instance that removes it at teardown; an older instance being torn down leaves a newer one's sheet. */
  owner: object | null;
}
type SharedGlobal = { [SHARED_KEY]?: SharedSheet };

/**
 * Adopts the highlight sheet into `doc` unless it already is, and returns the shared record. Called at
 * `document_start` by the tiny sheet script, and again by the main content script (a one-off injection
 * into an already rendered page has no document_start script; there the adoption costs one style pass).
 */
export function adoptHighlightSheet(doc: Document, global: object = globalThis): SharedSheet {
  const g = global as SharedGlobal;
  let shared = g[SHARED_KEY];
  if (!shared) {
    const sheet = new (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(RULES);
    shared = g[SHARED_KEY] = { sheet, owner: null };
  }
  if (!doc.adoptedStyleSheets.includes(shared.sheet))
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, shared.sheet];
  return shared;
}

/** Owns the page's use of the shared sheet: adopts it (if the document_start script did not), and into shadow roots. */
export class HighlightStyleSheet {
  private readonly shared: SharedSheet;
  private readonly roots = new Set<ShadowRoot>();
  private readonly token = {};

  constructor(
    private readonly doc: Document,
    global: object = globalThis,
  ) {
    this.shared = adoptHighlightSheet(doc, global);
    this.shared.owner = this.token;
  }

  /** Adopts the sheet into open shadow roots (once each; roots whose host left the page are let go). */
  adopt(roots: Iterable<ShadowRoot>): void {
    const sheet = this.shared.sheet;
    for (const r of this.roots) if (!r.host.isConnected) this.roots.delete(r);
    for (const r of roots) {
      this.roots.add(r);
      if (!r.adoptedStyleSheets.includes(sheet)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
    }
  }

  /** Takes the sheet out of the document and the shadow roots (unless a newer instance has taken it over). */
  remove(): void {
    const sheet = this.shared.sheet;
    if (this.shared.owner === this.token) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.shared.owner = null;
    }
    for (const r of this.roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
    this.roots.clear();
  }
}
