/**
 * Writes a scanned node's matches into the {@link MatchStore} and records what changed for the highlight
 * layer and the UI. Lists are appended one by one, never spread into an argument list: a hostile node may
 * hold more codes than the engine takes arguments (docs/performance.md, "Caps").
 */
import type { MatchStore, PageMatch } from './match-store';
import type { MatchChange } from './scan-stats';

/** Where a node first seen goes in the store's document order (see `MatchStore.set`). */
export type Placement = 'append' | 'defer' | 'search';

/** Stores matches node by node. */
export class StoreWriter {
  constructor(private readonly store: MatchStore) {}

  /**
   * Replaces `node`'s matches with `found`. A node seen for the first time takes at most the room left under
   * `max` (returns true when it had to drop some). A rescanned node reports only the codes that changed
   * (same code at the same offset counts as unchanged), so an open popover and the marks survive a re-render.
   */
  write(node: Text, found: PageMatch[], change: MatchChange, max: number, placement: Placement = 'search'): boolean {
    if (!this.store.has(node)) {
      const room = max - this.store.size;
      const capped = found.length > room;
      if (capped) found.length = Math.max(0, room);
      if (found.length > 0) {
        this.store.set(node, found, placement);
        for (let i = 0; i < found.length; i++) change.added.push(found[i]);
      }
      return capped;
    }
    const old = this.store.set(node, found);
    const key = (m: PageMatch) => `${m.start}:${m.code}`;
    const now = new Set(found.map(key));
    const before = new Set(old.map(key));
    for (const o of old) if (!now.has(key(o))) change.removed.push(o);
    for (const m of found) if (!before.has(key(m))) change.added.push(m);
    return false;
  }
}
