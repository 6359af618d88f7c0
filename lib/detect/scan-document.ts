/**
 * Whole-document scan with offsets into the document's *visible text*: the data of every text node the
 * collector reads (under `<body>`, skipped and hidden regions removed, open shadow roots after their host's
 * light tree), concatenated in document order with nothing inserted between nodes. Used by the CLI.
 */
import { collectCodes, type CollectOptions } from './collect-dom';
import { walkVisibleText } from './text-walk';
import type { CodeToken } from './types';

/** A code with offsets into the visible text of the document. */
export type DocumentMatch = CodeToken;

/** Result of {@link scanDocument}. */
export interface DocumentScan {
  /** The visible text the offsets refer to. */
  text: string;
  matches: DocumentMatch[];
}

/** Scans `doc.body` (or the document element when there is no body). */
export function scanDocument(doc: Document, options: CollectOptions): DocumentScan {
  const root: Node = doc.body ?? doc.documentElement ?? doc;
  const offsets = new Map<Text, number>();
  const parts: string[] = [];
  let pos = 0;
  walkVisibleText(root, doc, options, (t) => {
    offsets.set(t, pos);
    parts.push(t.data);
    pos += t.data.length;
  });
  const matches = collectCodes(root, doc, options).map(({ node, row: _row, ...tok }) => {
    const base = offsets.get(node) ?? 0;
    return { ...tok, start: base + tok.start, end: base + tok.end };
  });
  return { text: parts.join(''), matches };
}
