/**
 * The one in-page measurement both browsers' e2e helpers use (inpage/helpers.ts for Playwright, firefox-page.ts
 * for puppeteer): the viewport centre of the first occurrence of a code inside an element. It is serialised
 * into the page by `evaluate`, so it may use nothing from this module's scope.
 */
export const codeCentreInPage = ([sel, c]: readonly [string, string]): { x: number; y: number } => {
  const el = document.querySelector(sel);
  if (!el) throw new Error(`no element ${sel}`);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(c);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + c.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  throw new Error(`${c} not in ${sel}`);
};
