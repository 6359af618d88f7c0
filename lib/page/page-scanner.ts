/**
 * The in-page scanner: reads the page text first (docs/performance.md) in time slices, then what mutations
 * add or change, and keeps the {@link MatchStore} in step with the page (it only reads the DOM).
 *
 * A page that has not scrolled is read top down at once, without waiting for its first frame (its first codes
 * in document order are its first screen's, marked without reading boxes). A page that may open scrolled
 * (`mayOpenScrolled`) waits for its first frame, then reads the screen's codes first, then the rest.
 */
import { CandidateReader } from '../detect/candidate-reader';
import { codeRecogniser, type Recogniser } from '../detect/recognisers';
import { TextCursor } from '../detect/text-cursor';
import { CHANGE_FLUSH_MS, FIRST_CHANGE_MS, MAX_PAGE_MATCHES, ROW_WALK_MIN_ROWS, SLICE_MS } from './limits';
import { MatchStore } from './match-store';
import { MutationQueue } from './mutation-queue';
import { newScanStats, type MatchChange, type ScanStats } from './scan-stats';
import { screenShadowRoots } from './shadow-roots';
import { type PageScannerOptions, type PassPlan, rowPlanner, viewportPlan } from './scan-plan';
import { recheckKnown } from './known-recheck';
import { type Placement, StoreWriter } from './store-writer';
import { ExtraReaders, type TextReader } from './text-readers';
import { mayOpenScrolled, nextLayout } from './frames';
export type { MatchChange, ScanStats } from './scan-stats';
export type { PageScannerOptions } from './scan-plan';

/** Scans a page and follows its mutations; see the module comment. */
export class PageScanner {
  readonly store = new MatchStore();
  readonly stats: ScanStats = newScanStats();
  private readonly writer = new StoreWriter(this.store);
  private recognisers: Recogniser[];
  private readonly codes: Recogniser;
  private readonly extras = new ExtraReaders((e) => this.failed(e));
  private readonly queue: MutationQueue;
  /** A walk left a tree's shadow hosts unsearched (too big to query; see `BIG_TREE_TEXTS`). */
  private unsearched = false;
  private observer: MutationObserver | null = null;
  private passScheduled = false;
  private initialDone = false;

  constructor(private readonly o: PageScannerOptions) {
    this.queue = new MutationQueue((n) => o.isOwnNode(n));
    this.codes = codeRecogniser(o.isKnown);
    this.recognisers = [this.codes];
  }

  /** Another feature's recogniser joins the walk (call before {@link start}); see `text-readers.ts`. */
  addReader(reader: TextReader): void {
    this.extras.add(reader);
    this.recognisers = [this.codes, ...this.extras.recognisers];
  }

  /** Starts observing mutations, reads the page (the screen first when scrolled). Resolves when all is read. */
  async start(): Promise<void> {
    const { doc, win, signal, host } = this.o;
    const root = doc.body ?? doc.documentElement;
    this.stats.scanStartedAt = host.now();
    const Observer = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    this.observer = new Observer((records) => this.queue.push(records) && this.schedulePass());
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });
    this.stats.scrolledStart = false;
    if (mayOpenScrolled(doc, win)) {
      await this.o.pageRendered;
      if (signal.aborted) return;
      this.stats.scrolledStart = win.scrollY > 0 || win.scrollX > 0 || !!doc.location?.hash;
      if (this.stats.scrolledStart) await this.viewportPass(root);
    }
    this.stats.viewportDoneAt ??= host.now();
    await this.readAll(root, 'append');
    this.stats.fullDoneAt = host.now();
    this.initialDone = true;
    if (!this.queue.isEmpty()) this.schedulePass();
  }

  /** Reads `root`, then the screen's open shadow roots if the tree was too big to search (text-cursor.ts). */
  private async readAll(root: Node, placement: Placement): Promise<void> {
    await this.run([root], { placement });
    if (!this.unsearched || this.o.signal.aborted) return;
    await nextLayout(this.o.win); // a hit test before the page's post-load layout ran that layout in our task
    const roots = screenShadowRoots(this.o.doc, this.o.win);
    if (roots.length) await this.run(roots, { placement: 'search' });
  }

  /** The screen's candidates first (scan-plan.ts `viewportPlan`); placed in order by the full pass. */
  private async viewportPass(root: Node): Promise<void> {
    await this.run([root], viewportPlan(this.o, root, this.stats));
    this.stats.viewportDoneAt = this.o.host.now();
  }

  /** Reads `roots` in time slices; hands changes over at once the first time, then every CHANGE_FLUSH_MS. */
  private async run(roots: readonly Node[], plan: PassPlan & { from?: Node }): Promise<number> {
    const { host, signal } = this.o;
    const passStart = host.now();
    const reader = new CandidateReader(this.o.doc, {
      isKnown: this.o.isKnown,
      keepRow: false,
      onCapped: () => this.stats.cappedTexts++,
    });
    const settled = () => !this.initialDone && this.queue.isEmpty();
    let change: MatchChange = { added: [], removed: [], settled: settled() };
    let flushedAt = -Infinity;
    // The viewport pass's texts come up again in the full pass: other readers read them there, once.
    const pass: PassPlan = { ...plan, extra: plan.placement === 'defer' ? undefined : this.extras.pass() };
    const flush = () => {
      this.extras.flush();
      if (change.added.length === 0 && change.removed.length === 0) return;
      const t0 = host.now();
      this.stats.firstChangeAt ??= t0;
      this.o.onChange(change);
      change = { added: [], removed: [], settled: settled() };
      flushedAt = host.now();
      this.stats.longestFlushMs = Math.max(this.stats.longestFlushMs, flushedAt - t0);
    };
    let read = 0;
    const rows = rowPlanner(reader, pass.extra ? this.extras : null, this.o.rowWalkMinRows ?? ROW_WALK_MIN_ROWS);
    for (const root of roots) {
      const from = root === roots[0] ? plan.from : undefined;
      const cursor = new TextCursor(root, this.o.doc, this.recognisers, true, from, rows);
      for (let done = false; !done && !signal.aborted; ) {
        const start = host.now();
        done = this.slice(cursor, reader, pass, change, start, () => read++);
        reader.forget();
        if (host.now() - flushedAt >= CHANGE_FLUSH_MS) flush();
        const took = host.now() - start;
        this.stats.busyMs += took;
        this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
        this.stats.texts += cursor.stats.texts;
        cursor.stats.texts = 0;
        if (cursor.stats.unsearched) this.unsearched = true;
        // Back to back until the first codes are handed over: a yield waited behind the page's long tasks.
        const first = this.stats.firstChangeAt === undefined && host.now() - passStart < FIRST_CHANGE_MS;
        if (!done && !first) await host.yieldToPage();
      }
    }
    flush();
    return read;
  }

  /** One slice: candidates until `stop()` or the end of the walk; true when the walk is done. */
  private slice(
    cursor: TextCursor,
    reader: CandidateReader,
    plan: PassPlan,
    change: MatchChange,
    start: number,
    counted: () => void,
  ): boolean {
    const max = this.o.maxMatches ?? MAX_PAGE_MATCHES;
    const now = this.o.host.now;
    const stop = () => now() - start >= SLICE_MS;
    // One clock read per candidate: it ends the slice and times the step since the previous one.
    let last = start;
    for (;;) {
      let t: Text | null | undefined;
      try {
        t = cursor.next(stop);
      } catch (e) {
        // A recogniser failed on one text: the walk has moved past it and goes on.
        this.failed(e);
        continue;
      }
      if (!t) return t === null; // null: the walk is done; undefined: the slice's time is up
      if (this.o.isOwnNode(t)) continue;
      if (plan.until?.(t)) return true;
      const hits = cursor.hits;
      try {
        if (hits & 1) this.readCodes(t, reader, plan, change, max, counted);
      } catch (e) {
        this.failed(e);
      }
      // Each reader is guarded on its own (text-readers.ts): a failure in the codes' read never skips theirs.
      if (hits & ~1 && plan.extra) plan.extra(t, hits, reader.visibleText);
      const at = now();
      this.stats.longestUnitMs = Math.max(this.stats.longestUnitMs, at - last);
      last = at;
      if (at - start >= SLICE_MS) return false;
    }
  }

  /** The codes of candidate `t` into the store (a node the viewport pass read is only placed, in order). */
  private readCodes(
    t: Text,
    reader: CandidateReader,
    plan: PassPlan,
    change: MatchChange,
    max: number,
    counted: () => void,
  ): void {
    if (plan.placement === 'append' && this.store.has(t)) {
      this.store.place(t);
      return;
    }
    this.stats.units++;
    counted();
    plan.count?.();
    if (this.writer.write(t, reader.read(t), change, max, plan.placement)) this.stats.pageCapped = true;
  }

  private failed(e: unknown): void {
    this.stats.errors++;
    this.o.onError?.(e);
  }

  private schedulePass(): void {
    if (this.passScheduled || !this.initialDone || this.o.signal.aborted) return;
    this.passScheduled = true;
    this.o.win.setTimeout(() => void this.pass(), 16); // one pass per frame at most: a burst shares a pass
  }

  private async pass(): Promise<void> {
    try {
      const batch = this.queue.take();
      this.stats.batches++;
      const removed = batch.removed ? this.store.pruneDisconnected() : [];
      if (removed.length) this.o.onChange({ added: [], removed, settled: false });
      if (batch.removed) this.extras.prune(); // their texts may have held no code (text-readers.ts)
      // A changed text node is read even when it no longer holds a code, so its old codes go away.
      const changed = new Set(batch.roots.filter((r) => r.nodeType === 3));
      const change: MatchChange = { added: [], removed: [], settled: false };
      for (const t of changed) {
        if (this.store.has(t as Text) && !this.codes.mayHold((t as Text).data))
          this.writer.write(t as Text, [], change, 0);
        this.extras.changed(t as Text);
      }
      if (change.removed.length) this.o.onChange(change);
      this.stats.lastBatchUnits = await this.run(batch.roots, { placement: 'search' });
    } catch (e) {
      // Never left stuck: the next mutation schedules a pass again.
      this.failed(e);
    }
    this.passScheduled = false;
    if (!this.queue.isEmpty()) this.schedulePass();
  }

  /** Which codes count changed (imported tables, code systems): the page is read again (known-recheck.ts). */
  recheck(): Promise<void> {
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    return recheckKnown(this.store, this.codes, this.o.onChange, () => this.readAll(root, 'search'));
  }

  /** Stops observing; the store keeps its contents. */
  stop(): void {
    this.observer?.disconnect();
  }
}
