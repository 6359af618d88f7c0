/**
 * Other features' recognisers in the page scanner's one text walk (docs/performance.md, "Design of the
 * scanner"): a feature such as adjustment codes (`CO-97`, `N362`) adds a {@link TextReader} before the scan
 * starts, and is handed each visible text its recogniser holds, in the same slices as the codes, instead of
 * walking the whole page a second time after them (on a 10k-line remittance that second walk was a third of
 * the extension's time). Mutation passes reach it the same way, so what an SPA adds is read once.
 */
import type { ColumnWants } from '../detect/column-plan';
import type { Recogniser } from '../detect/recognisers';

/** A feature's reader of the texts its recogniser holds. */
export interface TextReader {
  /** Decides from a string alone (cheap, allocation-free for non-candidates); see `recognisers.ts`. */
  readonly recogniser: Recogniser;
  /**
   * A pass begins (the first scan, or a batch of mutations): returns the reader of this pass's texts, each
   * visible, outside our UI and held by the recogniser. Per-pass caches (table headers) live in its closure:
   * the page may change between passes.
   */
  pass(): (t: Text) => void;
  /**
   * Optional, cheap and DOM-free: false when this reader would do nothing with `t` now (a cap reached), so the
   * scanner skips the text's visibility check too. Each check touches the text's cell and row, and every
   * element wrapper made costs the page's garbage collector (docs/performance.md, session 6).
   */
  wants?(t: Text): boolean;
  /**
   * Optional: what this reader may find per column of `table`'s body rows, read from its own view of the
   * table's header (lib/detect/column-plan.ts). The walk of a big table body hands out only the cells some
   * reader may find something in and never wraps the others' texts (docs/performance.md, "The walk of big
   * table bodies"), so this must be exact: a column said to hold nothing must be one where this reader would
   * do nothing with any of its texts, and a test must hold for a cell's whole text whenever the reader could
   * find something in one of its text nodes. Without it (or when it returns null) the reader wants every cell.
   * Called once per big body per pass; `table` is the body's `<table>`.
   */
  columns?(table: Element): ColumnWants;
  /** The scanner handed its own findings over (once per slice at most, and at a pass's end): do the same. */
  flush(): void;
  /** The page changed a text the recogniser no longer holds: forget what was read in it. */
  drop(t: Text): void;
  /**
   * The page removed nodes: forget what was read in texts no longer connected. Called once per mutation
   * batch that removed any, so keep it to what the reader holds (never a walk of the page).
   */
  prune(): void;
}

/** The extra readers of one scanner; bit `i + 1` of a cursor's hits is `readers[i]` (bit 0: the codes). */
export class ExtraReaders {
  private readonly readers: TextReader[] = [];

  /** @param onError told of a reader that threw on one text (the others still read it; the walk goes on). */
  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  /** The recognisers, in hit-bit order after the codes'. */
  get recognisers(): Recogniser[] {
    return this.readers.map((r) => r.recogniser);
  }

  get size(): number {
    return this.readers.length;
  }

  add(reader: TextReader): void {
    this.readers.push(reader);
  }

  /**
   * The readers of one pass, called with a text, the cursor's hit bits and the visibility check, which runs
   * only when a reader holding the text wants it, once.
   */
  pass(): (t: Text, hits: number, visible: (t: Text) => boolean) => void {
    if (this.readers.length === 0) return () => {};
    const reads = this.readers.map((r) => r.pass());
    const readers = this.readers;
    return (t, hits, visible) => {
      let seen: boolean | undefined;
      for (let i = 0; i < reads.length; i++) {
        try {
          if (!(hits & (2 << i)) || readers[i].wants?.(t) === false) continue;
          seen ??= visible(t);
          if (seen) reads[i](t);
        } catch (e) {
          this.onError(e);
        }
      }
    };
  }

  /** Each reader's wants per column of `table` (null for a reader without the hook, or whose hook threw). */
  columnWants(table: Element): ColumnWants[] {
    return this.readers.map((r) => {
      try {
        return r.columns?.(table) ?? null;
      } catch (e) {
        this.onError(e);
        return null;
      }
    });
  }

  flush(): void {
    for (const r of this.readers) r.flush();
  }

  /**
   * Nodes the page removed: every reader prunes its own texts. The codes' store prunes separately, and a
   * removed row may hold no code at all (only `CO-45`, `N362`), so this cannot wait for removed code matches.
   */
  prune(): void {
    for (const r of this.readers) r.prune();
  }

  /** A text the page changed: readers whose recogniser no longer holds it forget it. */
  changed(t: Text): void {
    for (const r of this.readers) if (!r.recogniser.mayHold(t.data)) r.drop(t);
  }
}
