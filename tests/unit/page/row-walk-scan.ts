/**
 * Scans a document with the page scanner and an adjustment-code reader built as the content script builds it
 * (entrypoints/content/features/adjustment-codes.ts, without its mark cap), and returns what both found as
 * comparable strings: the plain text walk (`rowWalkMinRows: Infinity`) against the walk of table bodies by
 * rows (lib/detect/row-walk.ts) must find exactly the same.
 */
import {
  AdjustmentColumns,
  adjustmentColumnWants,
  adjustmentRecogniser,
  adjustmentsInText,
} from '../../../lib/denials/page-scan';
import { PageScanner } from '../../../lib/page/page-scanner';
import type { SliceHost } from '../../../lib/page/slice-runner';
import type { TextReader } from '../../../lib/page/text-readers';
import { isKnown } from './dom-helpers';

const host: SliceHost = { now: () => performance.now(), yieldToPage: () => Promise.resolve() };

/** Where a node stands: its path of child indexes from the body (node identity, printable). */
function pathOf(n: Node, doc: Document): string {
  const out: number[] = [];
  for (let c: Node | null = n; c && c !== doc.body; c = c.parentNode) {
    let i = 0;
    for (let s = c.previousSibling; s; s = s.previousSibling) i++;
    out.push(i);
  }
  return out.reverse().join('.');
}

export interface WalkResult {
  codes: string[];
  adjustments: string[];
  /** Texts the walk handed to the recognisers (fewer with the row walk). */
  texts: number;
  errors: number;
}

/** Scans `doc` once; `minRows` as `PageScannerOptions.rowWalkMinRows`. */
export async function scanBoth(doc: Document, minRows: number): Promise<WalkResult> {
  const adjustments: string[] = [];
  const reader: TextReader = {
    recogniser: adjustmentRecogniser(),
    columns: (table) => adjustmentColumnWants(table),
    pass() {
      const columns = new AdjustmentColumns();
      return (t) => {
        for (const m of adjustmentsInText(t, columns))
          adjustments.push(`${pathOf(t, doc)}@${m.start}-${m.end} ${m.kind} ${m.group ?? ''}${m.code}`);
      };
    },
    flush: () => {},
    drop: () => {},
    prune: () => {},
  };
  const s = new PageScanner({
    doc,
    win: window,
    isKnown,
    host,
    signal: new AbortController().signal,
    isOwnNode: () => false,
    onChange: () => {},
    rowWalkMinRows: minRows,
  });
  s.addReader(reader);
  await s.start();
  s.stop();
  const codes = [...s.store.all()].map(
    (m) =>
      `${pathOf(m.node, doc)}@${m.start}-${m.end} ${m.code} mods=${m.modifiers.join('+')} units=${m.units} ${m.role} ${m.addOnMarker} ${m.range?.from ?? ''}`,
  );
  return { codes, adjustments, texts: s.stats.texts, errors: s.stats.errors };
}
