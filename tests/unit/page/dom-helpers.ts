/** Shared helpers for the happy-dom tests of lib/page. */
import known from '../../../data/known-codes.json';
import { fromBase64, makeIsKnown } from '../../../lib/dataset/known-codes';

/** The real known-code bitmap the content script bundles. */
export const isKnown = makeIsKnown(fromBase64((known as { bitmap: string }).bitmap));

/** Replaces the body with `html` and returns the document. */
export function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** The first text node under `el` containing `text`. */
export function textNode(el: Node, text: string): Text {
  const w = document.createTreeWalker(el, 0x4);
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error(`no text node with ${text}`);
}
