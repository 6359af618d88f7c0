/**
 * The one UI host element ClaimLens adds to a page: `<claimlens-ui>` with an open shadow root, created on
 * first use, appended to `<html>` (outside `<body>`, so the body's markup is untouched). Styles are adopted
 * (`adoptedStyleSheets`), never injected as `<style>`, so a strict page CSP cannot block them.
 */
import { render, type ComponentChildren } from 'preact';

const TAG = 'claimlens-ui';
/** "Mounted once" guard attribute (refined-github's "loaded twice" check). */
export const MOUNTED_ATTR = 'data-claimlens-mounted';
/** Re-creations allowed per window when the page keeps removing the host (fight-loop guard). */
const MAX_REMOUNTS = 10;
const REMOUNT_WINDOW_MS = 10_000;

export class UiHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private remounts: number[] = [];

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly theme: () => string,
    /** Sees key events inside the UI before they are stopped at the host. */
    private readonly onKeyDown: (e: KeyboardEvent) => void = () => {},
  ) {}

  /** The host element, if created. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `event` happened inside our UI. */
  isInside(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  /** True for our host (mutations there are ours). */
  isOwn(node: Node): boolean {
    return node === this.host;
  }

  /** Renders `children` into the shadow root, creating (or re-creating) the host if needed. */
  render(children: ComponentChildren): void {
    const container = this.ensure();
    if (container) render(children, container);
  }

  /** Renders nothing but keeps the host for the next use. */
  clear(): void {
    if (this.container) render(null, this.container);
  }

  /** Removes the host and everything in it. */
  destroy(): void {
    this.clear();
    this.host?.remove();
    this.host = null;
    this.container = null;
  }

  private ensure(): HTMLElement | null {
    if (this.host?.isConnected && this.container) {
      this.host.setAttribute('data-theme', this.theme());
      return this.container;
    }
    const now = Date.now();
    this.remounts = this.remounts.filter((t) => now - t < REMOUNT_WINDOW_MS);
    if (this.remounts.length >= MAX_REMOUNTS) return null;
    this.remounts.push(now);
    // A previous instance of this script (extension update, one-off re-injection) may have left its host.
    for (const old of this.doc.querySelectorAll(`${TAG}[${MOUNTED_ATTR}]`)) old.remove();
    const host = this.doc.createElement(TAG);
    host.setAttribute(MOUNTED_ATTR, '');
    host.setAttribute('data-theme', this.theme());
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(this.css);
    shadow.adoptedStyleSheets = [sheet];
    // Keys typed in our UI stay ours: page shortcuts must not fire while the panel has focus.
    host.addEventListener('keydown', (e) => {
      this.onKeyDown(e);
      e.stopPropagation();
    });
    for (const type of ['keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
    const container = this.doc.createElement('div');
    shadow.append(container);
    (this.doc.documentElement ?? this.doc).append(host);
    this.host = host;
    this.container = container;
    return container;
  }
}
