/**
 * The in-page scanner: viewport first, then the whole page in ≤ 4 ms slices, then only what mutations add
 * or change. Detection itself is the detector's `collectCodes` (lib/detect); this module decides what to
 * scan when, and keeps the {@link MatchStore} in step with the page. It only reads the DOM.
 */
import { collectCodes } from '../detect/collect-dom';
import { TableContextCache } from '../detect/table-context';
import type { IsKnown } from '../detect/types';
import { CHANGE_FLUSH_MS, MAX_PAGE_MATCHES } from './limits';
import { MatchStore, type PageMatch } from './match-store';
import { StoreWriter } from './store-writer';
import { MutationQueue } from './mutation-queue';
import { scanUnits } from './scan-units';
import { newScanStats, type MatchChange, type ScanStats } from './scan-stats';
import { runSliced, type SliceHost } from './slice-runner';

export { afterNextFrame } from './frames';
export type { MatchChange, ScanStats } from './scan-stats';

/** What the scanner needs from its surroundings. */
export interface PageScannerOptions {
  doc: Document;
  win: Window;
  isKnown: IsKnown;
  host: SliceHost;
  /** Called after each slice that changed the store. */
  onChange(change: MatchChange): void;
  /** True for nodes the scanner must ignore (our own UI host). */
  isOwnNode(node: Node): boolean;
  signal: AbortSignal;
  /**
   * Resolves when the page has rendered a frame since the script started (see `afterNextFrame`). The
   * viewport pass reads geometry; on a page still laying itself out, the first read would run that layout
   * (4.6 s on a 50k-line remittance) inside the extension's task instead of the page's own.
   */
  pageRendered?: Promise<void>;
  /** Most matches kept for the page (default `MAX_PAGE_MATCHES`). */
  maxMatches?: number;
  /** Told about each scan unit that threw (it is skipped; the scan goes on). Never given page text. */
  onError?(error: unknown): void;
}

/** Scans a page and follows its mutations; see the module comment. */
export class PageScanner {
  readonly store = new MatchStore();
  private readonly writer = new StoreWriter(this.store);
  readonly stats: ScanStats = newScanStats();
  /** Units the viewport pass read, skipped by the full pass (then forgotten: a set of every unit costs heap). */
  private readonly scanned = new Set<Node>();
  private readonly queue: MutationQueue;
  private observer: MutationObserver | null = null;
  private passScheduled = false;
  private initialDone = false;

  constructor(private readonly o: PageScannerOptions) {
    this.queue = new MutationQueue((n) => o.isOwnNode(n));
  }

  /** Starts observing mutations, scans the viewport, then the rest. Resolves when the full pass is done. */
  async start(): Promise<void> {
    const { doc, win, signal, host } = this.o;
    const root = doc.body ?? doc.documentElement;
    this.stats.scanStartedAt = host.now();
    this.observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(
      (records) => {
        if (this.queue.push(records)) this.schedulePass();
      },
    );
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });
    await this.o.pageRendered;
    if (signal.aborted) return;
    const viewport = this.viewportUnits(root);
    await this.runUnits(viewport, () => this.stats.viewportUnits++);
    this.stats.viewportDoneAt = host.now();
    await this.runUnits(scanUnits(root), undefined, true);
    this.stats.fullDoneAt = host.now();
    this.scanned.clear();
    this.initialDone = true;
    if (!this.queue.isEmpty()) this.schedulePass();
  }

  /** Units from the top of the viewport down to its bottom (units above it are left for the full pass). */
  private *viewportUnits(root: Node): Generator<Node> {
    const { doc, win } = this.o;
    const height = win.innerHeight;
    const readStart = this.o.host.now();
    const probe = doc.elementFromPoint(win.innerWidth / 2, Math.min(4, height / 2));
    this.stats.firstLayoutReadMs = this.o.host.now() - readStart;
    const from = probe && root.contains(probe) && !this.o.isOwnNode(probe) ? probe : root;
    for (const unit of scanUnits(root, { from })) {
      const el = unit.nodeType === 1 ? (unit as Element) : unit.parentElement;
      const rect = el?.getBoundingClientRect();
      if (!rect || rect.bottom < 0 || (rect.width === 0 && rect.height === 0)) continue;
      if (rect.top > height) return;
      yield unit;
    }
  }

  /**
   * Scans `units`. Units come from `scanUnits`, which never enters a skipped or hidden element, so their
   * ancestors need no second look, except the nodes `unchecked` names (changed text nodes of a mutation pass).
   */
  private async runUnits(
    units: Iterator<Node>,
    count?: () => void,
    skipScanned = false,
    unchecked?: ReadonlySet<Node>,
  ): Promise<number> {
    const fresh = (): MatchChange => ({ added: [], removed: [], settled: !this.initialDone && this.queue.isEmpty() });
    let change = fresh();
    let read = 0;
    const flush = () => {
      if (change.added.length || change.removed.length) {
        const t0 = this.o.host.now();
        this.stats.firstChangeAt ??= t0;
        this.o.onChange(change);
        this.stats.longestFlushMs = Math.max(this.stats.longestFlushMs, this.o.host.now() - t0);
      }
      change = fresh();
    };
    // One table cache per run: each table's header is read once, and the page may change between runs.
    const tables = new TableContextCache();
    // Hand changes on at most every CHANGE_FLUSH_MS: each hand-over observes new elements for the highlight
    // layer, which makes the browser render a frame, and on a big page every frame is expensive (issue 7).
    // Hover reads the store directly, so codes found in between are hoverable at once.
    let flushedAt = this.o.host.now();
    const host: SliceHost = {
      now: this.o.host.now,
      yieldToPage: () => {
        const now = this.o.host.now();
        if (now - flushedAt >= CHANGE_FLUSH_MS) {
          flush();
          flushedAt = this.o.host.now();
          this.stats.busyMs += flushedAt - now;
        }
        return this.o.host.yieldToPage();
      },
    };
    const sliced = await runSliced(
      units,
      (unit) => {
        if (skipScanned && this.scanned.has(unit)) return;
        const t0 = this.o.host.now();
        this.scanUnit(unit, change, tables, !unchecked?.has(unit));
        this.stats.longestUnitMs = Math.max(this.stats.longestUnitMs, this.o.host.now() - t0);
        read++;
        count?.();
      },
      host,
      {
        signal: this.o.signal,
        onError: (e) => {
          this.stats.errors++;
          this.o.onError?.(e);
        },
      },
    );
    const flushStart = this.o.host.now();
    flush();
    this.stats.busyMs += sliced.busyMs + (this.o.host.now() - flushStart);
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, sliced.longestSliceMs);
    return read;
  }

  private scanUnit(unit: Node, change: MatchChange, tables: TableContextCache, ancestorsChecked: boolean): void {
    if (!this.initialDone && this.stats.viewportDoneAt === undefined) this.scanned.add(unit);
    this.stats.units++;
    const byNode = new Map<Text, PageMatch[]>();
    const found = collectCodes(unit, this.o.doc, {
      isKnown: this.o.isKnown,
      tables,
      ancestorsChecked,
      keepRow: false,
      onCapped: () => this.stats.cappedTexts++,
    });
    for (const m of found) {
      const list = byNode.get(m.node);
      if (list) list.push(m);
      else byNode.set(m.node, [m]);
    }
    // A rescanned text node with no codes left must forget its old ones.
    if (unit.nodeType === 3 && !byNode.has(unit as Text)) byNode.set(unit as Text, []);
    const max = this.o.maxMatches ?? MAX_PAGE_MATCHES;
    for (const [node, list] of byNode) if (this.writer.write(node, list, change, max)) this.stats.pageCapped = true;
  }

  private schedulePass(): void {
    if (this.passScheduled || !this.initialDone || this.o.signal.aborted) return;
    this.passScheduled = true;
    // One pass per frame at most: bursts of mutations within ~16 ms share a pass.
    this.o.win.setTimeout(() => void this.pass(), 16);
  }

  private async pass(): Promise<void> {
    try {
      await this.runPass();
    } catch (e) {
      // Never left stuck: the next mutation schedules a pass again.
      this.stats.errors++;
      this.o.onError?.(e);
    }
    this.passScheduled = false;
    if (!this.queue.isEmpty()) this.schedulePass();
  }

  private async runPass(): Promise<void> {
    const batch = this.queue.take();
    this.stats.batches++;
    if (batch.removed) {
      const removed = this.store.pruneDisconnected();
      if (removed.length) this.o.onChange({ added: [], removed, settled: false });
    }
    const roots = batch.roots;
    // A changed text node is read even when it no longer looks like a code, so its old matches go away.
    const units = (function* () {
      for (const r of roots)
        if (r.nodeType === 3) yield r;
        else yield* scanUnits(r);
    })();
    const changedText = new Set(roots.filter((r) => r.nodeType === 3));
    this.stats.lastBatchUnits = await this.runUnits(units, undefined, false, changedText);
  }

  /** Stops observing; the store keeps its contents. */
  stop(): void {
    this.observer?.disconnect();
  }
}
