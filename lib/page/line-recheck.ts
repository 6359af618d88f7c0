/**
 * The claim check's view of a line: the stored match re-read with computed style (`lib/detect/seen.ts`), so a
 * code or a modifier the page hides with a stylesheet (display, visibility, opacity, zero font size,
 * transparent or clipped text) never counts. Runs only for the lines of one check, so its style reads stay few.
 */
import { collectCodes } from '../detect/collect-dom';
import { seenCheck } from '../detect/seen';
import { TableContextCache } from '../detect/table-context';
import type { IsKnown } from '../detect/types';
import type { LineRecheck } from './claim-lines';

/** A {@link LineRecheck} for one check (its judgements are cached for that check only: the page may change). */
export function seenRecheck(doc: Document, win: Window, isKnown: IsKnown): LineRecheck {
  const seen = seenCheck(win);
  const judged = new Map<Element, boolean>();
  const isHidden = (el: Element) => {
    let hidden = judged.get(el);
    if (hidden === undefined) {
      hidden = seen.isHidden(el);
      judged.set(el, hidden);
    }
    return hidden;
  };
  const tables = new TableContextCache();
  return (m) => {
    if (!m.node.isConnected) return null;
    const fresh = collectCodes(m.node, doc, {
      isKnown,
      isHidden,
      isTextHidden: seen.isTextHidden,
      tables,
      keepRow: false,
    });
    const same = fresh.find((f) => f.start === m.start && f.code === m.code);
    return same ? { ...m, modifiers: same.modifiers, units: same.units, role: same.role } : null;
  };
}
