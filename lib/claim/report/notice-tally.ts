/**
 * Stale-data notices over a whole batch: every claim of an export carries the same few notices (one per
 * table), so a batch report states each once, in the wording of the claim furthest from the table's
 * as-of date, instead of repeating them per claim (that tripled the size of a 100 MB export's JSON).
 */
import type { DataNotice } from '../../dataset/staleness';

/** One notice per table and kind, the largest gap kept. */
export class NoticeTally {
  private readonly byKey = new Map<string, DataNotice>();
  // Claims of one date share their notice objects (dataset/staleness.ts): each is weighed once.
  private readonly seen = new WeakSet<DataNotice>();

  /** Counts one claim's notices. */
  add(notices: readonly DataNotice[]): void {
    for (const n of notices) {
      if (this.seen.has(n)) continue;
      this.seen.add(n);
      const key = `${n.table} ${n.kind}`;
      const prev = this.byKey.get(key);
      if (!prev || (n.kind === 'stale-table' && prev.kind === 'stale-table' && n.quartersBehind > prev.quartersBehind))
        this.byKey.set(key, n);
    }
  }

  /** The notices, in the order tables were first seen. */
  list(): DataNotice[] {
    return [...this.byKey.values()];
  }
}
