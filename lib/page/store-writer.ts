/**
 * Writes a scanned node's matches into the {@link MatchStore} and records what changed for the highlight
 * layer and the UI. Lists are appended one by one, never spread into an argument list: a hostile node may
 * hold more codes than the engine takes arguments (docs/performance.md, "Caps").
 */
import type { MatchStore, PageMatch } from './match-store';
import type { MatchChange } from './scan-stats';

/** The modifier list of every stored match that has none (frozen: a stored list is replaced, never edited). */
const NO_MODIFIERS: string[] = Object.freeze([]) as unknown as string[];

/** Stores matches node by node, sharing what they hold alike. */
export class StoreWriter {
  private readonly codeStrings = new Map<string, string>();

  constructor(private readonly store: MatchStore) {}

  /**
   * Replaces `node`'s matches with `found`. A node seen for the first time takes at most the room left under
   * `max` (returns true when it had to drop some); a rescanned node keeps the match objects of codes that did
   * not change, so an open popover and the highlight ranges survive the page's re-render.
   */
  write(node: Text, found: PageMatch[], change: MatchChange, max: number): boolean {
    for (const m of found) this.compact(m);
    const old = this.store.get(node);
    if (old.length === 0) {
      const room = max - this.store.size;
      const capped = found.length > room;
      if (capped) found.length = Math.max(0, room);
      if (found.length > 0) {
        this.store.set(node, found);
        for (let i = 0; i < found.length; i++) change.added.push(found[i]);
      }
      return capped;
    }
    const kept = new Set<PageMatch>();
    const list = found.map((m) => {
      const same = old.find((o) => o.code === m.code && o.start === m.start && o.end === m.end && !kept.has(o));
      if (!same) return m;
      kept.add(same);
      same.modifiers = m.modifiers;
      same.units = m.units;
      return same;
    });
    this.store.set(node, list);
    for (const o of old) if (!kept.has(o)) change.removed.push(o);
    for (const m of list) if (!kept.has(m)) change.added.push(m);
    return false;
  }

  /**
   * Shares what many matches hold alike: one string per distinct code, one frozen empty modifier list. A
   * 50k-line page holds 56k matches, and these two made up several MB of the heap budget.
   */
  private compact(m: PageMatch): void {
    const code = this.codeStrings.get(m.code);
    if (code) m.code = code;
    else this.codeStrings.set(m.code, m.code);
    if (m.modifiers.length === 0) m.modifiers = NO_MODIFIERS;
  }
}
