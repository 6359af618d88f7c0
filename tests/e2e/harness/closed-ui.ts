/**
 * Reading ClaimLens's UI when its shadow root is closed (the production build): Playwright's locators stop at
 * closed roots, as page scripts do, so the test reads the rendered tree through DevTools (`DOM.getDocument`
 * with `pierce`), which sees closed roots the way the browser renders them. What it reads is what the user
 * sees; what the page's own script can reach is asked of the page separately.
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/** One element of the UI: its attributes and its text (all text below it, whitespace collapsed). */
export interface UiElement {
  attrs: Record<string, string>;
  text: string;
  /** Every element below this one matching `selector` (see {@link SimpleSelector}). */
  all(selector: SimpleSelector): UiElement[];
}

/** The UI host as DevTools sees it. */
export interface ClosedUi {
  /** `closed` or `open`; undefined when the host has no root. */
  rootMode: string | undefined;
  /** Every element inside the root matching `selector`. */
  all(selector: SimpleSelector): UiElement[];
}

/** One class (`.cl-popover`) or one attribute with its value (`[data-mue="Practitioner"]`). */
export type SimpleSelector = `.${string}` | `[${string}="${string}"]`;

function matcher(selector: SimpleSelector): (attrs: Record<string, string>) => boolean {
  const attr = /^\[([\w-]+)="(.*)"\]$/.exec(selector);
  if (attr) return (a) => a[attr[1]] === attr[2];
  const cls = selector.slice(1);
  return (a) => (a.class ?? '').split(/\s+/).includes(cls);
}

const attrsOf = (n: CdpNode) => {
  const out: Record<string, string> = {};
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]] = a[i + 1];
  return out;
};

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  return (n.children ?? []).map(textOf).join('');
}

function* walk(n: CdpNode): Generator<CdpNode> {
  yield n;
  for (const r of n.shadowRoots ?? []) yield* walk(r);
  for (const c of n.children ?? []) yield* walk(c);
}

function allIn(n: CdpNode | undefined, selector: SimpleSelector): UiElement[] {
  if (!n) return [];
  const matches = matcher(selector);
  return [...walk(n)]
    .filter((e) => e !== n && e.nodeType === 1 && matches(attrsOf(e)))
    .map((e) => ({
      attrs: attrsOf(e),
      text: textOf(e).replace(/\s+/g, ' ').trim(),
      all: (sel: SimpleSelector) => allIn(e, sel),
    }));
}

/** ClaimLens's UI hosts in `page`'s top document, read through DevTools; [] when there is none. */
export async function readClosedUi(page: Page): Promise<ClosedUi[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const html = root.children?.find((c) => c.nodeName === 'HTML');
    // <claimlens-ui>, or the <span> that stands in for it on a page that defined that name (entrypoints/content-ui/ui-host.tsx).
    const hosts = (html?.children ?? []).filter(
      (c) => c.nodeName === 'CLAIMLENS-UI' || (c.nodeName === 'SPAN' && (c.shadowRoots?.length ?? 0) > 0),
    );
    return hosts.map((host) => {
      const shadow = host.shadowRoots?.[0];
      return { rootMode: shadow?.shadowRootType, all: (selector) => allIn(shadow, selector) };
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
