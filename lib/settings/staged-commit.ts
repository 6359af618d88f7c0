/**
 * All-or-nothing writes across storage areas. The browser writes one area (`storage.sync`, `storage.local`)
 * atomically, never two: a settings import that replaced the imported descriptors in `local` and then failed
 * on `sync` (over quota, signed out) left half the file applied while the page said nothing changed. Here
 * every part is read first, then written in order; when one fails, the parts already written (and the failed
 * one, in case it half-applied) are put back as they were, and the result says exactly what state storage is in.
 */

/** One area's share of a commit. */
export interface CommitPart {
  /** Plain words for messages: "your synced settings", "your imported descriptors and notes". */
  label: string;
  /** What the part holds now, to put back if a later part fails. */
  snapshot(): Promise<unknown>;
  write(): Promise<void>;
  restore(snapshot: unknown): Promise<void>;
}

/** Outcome of {@link commitAll}. */
export type CommitResult =
  | { ok: true }
  /**
   * Nothing was saved when `notRestored` is empty (the failure came first, or every written part was put
   * back); otherwise it names the parts that could not be put back and may hold the new data.
   */
  | { ok: false; reason: string; notRestored: string[] };

const why = (e: unknown) => (e instanceof Error && e.message ? e.message : String(e));

/** Writes every part, or none: see the file comment. Never throws. */
export async function commitAll(parts: readonly CommitPart[]): Promise<CommitResult> {
  const snapshots: unknown[] = [];
  try {
    for (const p of parts) snapshots.push(await p.snapshot());
  } catch (e) {
    return { ok: false, reason: `could not read the current data (${why(e)})`, notRestored: [] };
  }
  for (let i = 0; i < parts.length; i++) {
    try {
      await parts[i].write();
    } catch (e) {
      const notRestored: string[] = [];
      for (let j = i; j >= 0; j--) {
        try {
          await parts[j].restore(snapshots[j]);
        } catch {
          notRestored.unshift(parts[j].label);
        }
      }
      return { ok: false, reason: `saving ${parts[i].label} failed (${why(e)})`, notRestored };
    }
  }
  return { ok: true };
}
