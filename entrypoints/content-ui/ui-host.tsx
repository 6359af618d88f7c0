/**
 * The one UI host element ClaimLens adds to a page: `<claimlens-ui>` with a **closed** shadow root, created
 * on first use, appended to `<html>` (outside `<body>`, so the body's markup is untouched). Styles are adopted
 * (`adoptedStyleSheets`), never injected as `<style>`, so a strict page CSP cannot block them.
 *
 * Closed, because the popover shows the organisation's notes and licensed descriptor text: with an open root
 * any page script (or session-replay recorder) reads and rewrites it through `host.shadowRoot`. Only this
 * class keeps a reference to the root. The e2e and unit-test builds keep it open ({@link TEST_HOOKS}) so
 * Playwright and happy-dom can look inside; tests/e2e/trust/hostile-closed-ui.test.ts proves the production
 * build's root is closed to a hostile page.
 */
import { render, type ComponentChildren } from 'preact';

const TAG = 'claimlens-ui';
/** The host on a page that defined {@link TAG} itself. */
const FALLBACK_TAG = 'span';
/**
 * Test builds only (`wxt build --mode e2e`, vitest): an open root and measurement attributes on the host.
 * The production build (`npm run build`, the store packages) has neither.
 */
export const TEST_HOOKS = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';

/** Re-creations allowed per window when the page keeps removing the host (fight-loop guard). */
const MAX_REMOUNTS = 10;
const REMOUNT_WINDOW_MS = 10_000;

export class UiHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private remounts: number[] = [];

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly theme: () => string,
    /** Sees the user's key events inside the UI before they are stopped at the host. */
    private readonly onKeyDown: (e: KeyboardEvent) => void = () => {},
    /** Which events are the user's (user-events.ts); a key the page dispatches at the host is not passed on. */
    private readonly isUser: (e: Event) => boolean = (e) => e.isTrusted,
    private readonly rootMode: ShadowRootMode = TEST_HOOKS ? 'open' : 'closed',
  ) {}

  /** The host element, if created. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `event` happened inside our UI. */
  isInside(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  /** The first element in the UI matching `selector` (the root may be closed: only this class holds it). */
  find(selector: string): HTMLElement | null {
    return (this.root?.querySelector(selector) as HTMLElement | null) ?? null;
  }

  /** Sets a measurement attribute on the host in test builds only; production hosts carry no attributes. */
  testAttribute(name: string, value: string): void {
    if (TEST_HOOKS) this.host?.setAttribute(name, value);
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
    this.root = null;
  }

  private ensure(): HTMLElement | null {
    if (this.host?.isConnected && this.container) {
      const theme = this.theme();
      if (this.container.getAttribute('data-theme') !== theme) this.container.setAttribute('data-theme', theme);
      return this.container;
    }
    const now = Date.now();
    this.remounts = this.remounts.filter((t) => now - t < REMOUNT_WINDOW_MS);
    if (this.remounts.length >= MAX_REMOUNTS) return null;
    this.remounts.push(now);
    // No attribute marks the host (nothing for the page to read): a previous instance of this script removes
    // its own host when it is retired (lifetime.ts), and one the page removed is simply made again.
    let host = this.doc.createElement(TAG);
    // A page that defined <claimlens-ui> as its own custom element runs its constructor here and could keep
    // `attachInternals()`, whose `shadowRoot` returns even a closed root. There the host is a plain <span>,
    // which no page definition can take over (customized built-ins need `is`, which we never set).
    if (host.matches(':defined')) host = this.doc.createElement(FALLBACK_TAG);
    const shadow = host.attachShadow({ mode: this.rootMode });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(this.css);
    shadow.adoptedStyleSheets = [sheet];
    // Keys typed in our UI stay ours: page shortcuts must not fire while the panel has focus.
    host.addEventListener('keydown', (e) => {
      if (this.isUser(e)) this.onKeyDown(e);
      e.stopPropagation();
    });
    for (const type of ['keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
    const container = this.doc.createElement('div');
    // The theme sits inside the root (claimlens.css, .cl-theme), not on the host the page sees.
    container.className = 'cl-theme';
    container.setAttribute('data-theme', this.theme());
    shadow.append(container);
    (this.doc.documentElement ?? this.doc).append(host);
    this.host = host;
    this.container = container;
    this.root = shadow;
    return container;
  }
}
