/**
 * The in-page scanner: viewport first, then the whole page in ≤ 4 ms slices, then only what mutations add
 * or change. Detection itself is the detector's `collectCodes` (lib/detect); this module decides what to
 * scan when, and keeps the {@link MatchStore} in step with the page. It only reads the DOM.
 */
import { collectCodes } from '../detect/collect-dom';
import { TableContextCache } from '../detect/table-context';
import type { IsKnown } from '../detect/types';
import { CHANGE_FLUSH_MS } from './limits';
import { MatchStore, type PageMatch } from './match-store';
import { MutationQueue } from './mutation-queue';
import { scanUnits } from './scan-units';
import { runSliced, type SliceHost } from './slice-runner';

/** The modifier list of every stored match that has none (frozen: a stored list is replaced, never edited). */
const NO_MODIFIERS: string[] = Object.freeze([]) as unknown as string[];

/** Matches that appeared and disappeared in one slice of work. */
export interface MatchChange {
  added: PageMatch[];
  removed: PageMatch[];
  /**
   * True when the page has not changed since scanning began (the initial pass with no mutation queued): its
   * layout is then still the one the browser last computed, so reading boxes costs no layout.
   */
  settled: boolean;
}

/** Counters for benchmarks and tests (counts only, never page text). */
export interface ScanStats {
  /** Scan units read by the first viewport pass. */
  viewportUnits: number;
  /** Scan units read in total (viewport, full pass and mutation batches). */
  units: number;
  /** Mutation passes run. */
  batches: number;
  /** Units read by the most recent mutation pass. */
  lastBatchUnits: number;
  /** `now()` when scanning started, and when the viewport pass and the full pass finished (undefined until then). */
  scanStartedAt?: number;
  viewportDoneAt?: number;
  fullDoneAt?: number;
  /**
   * Duration of the viewport pass's first geometry read. When the page has a layout pending (it is still
   * rendering, or just changed), the browser runs that layout inside this read: the page's work, not ours.
   */
  firstLayoutReadMs?: number;
  /** `now()` when the first codes were handed over (the first marks are placed in that same task). */
  firstChangeAt?: number;
  /** Main-thread time spent scanning (sum of slices, hand-overs included), and the longest slice, in ms. */
  busyMs: number;
  longestSliceMs: number;
  /** Longest single scan unit, and longest hand-over of found codes (to the highlight layer and the UI), in ms. */
  longestUnitMs: number;
  longestFlushMs: number;
}

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
}

/**
 * Resolves after the page's next rendered frame (a task after its animation frame), or after `timeoutMs`
 * when no frame comes (a background tab renders none).
 */
export function afterNextFrame(win: Window, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, timeoutMs);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Scans a page and follows its mutations; see the module comment. */
export class PageScanner {
  readonly store = new MatchStore();
  readonly stats: ScanStats = {
    viewportUnits: 0,
    units: 0,
    batches: 0,
    lastBatchUnits: 0,
    busyMs: 0,
    longestSliceMs: 0,
    longestUnitMs: 0,
    longestFlushMs: 0,
  };
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
      { signal: this.o.signal },
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
    for (const m of collectCodes(unit, this.o.doc, {
      isKnown: this.o.isKnown,
      tables,
      ancestorsChecked,
      keepRow: false,
    })) {
      const list = byNode.get(m.node);
      if (list) list.push(m);
      else byNode.set(m.node, [m]);
    }
    // A rescanned text node with no codes left must forget its old ones.
    if (unit.nodeType === 3 && !byNode.has(unit as Text)) byNode.set(unit as Text, []);
    for (const [node, found] of byNode) {
      for (const m of found) this.compact(m);
      const old = this.store.get(node);
      if (old.length === 0) {
        // A node seen for the first time (the whole initial pass): nothing to reconcile.
        if (found.length > 0) {
          this.store.set(node, found);
          change.added.push(...found);
        }
        continue;
      }
      // A rescanned node (a row React moved, a cell whose text changed) keeps the match objects of codes that
      // did not change, so an open popover and the highlight ranges survive the page's re-render.
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
      change.removed.push(...old.filter((o) => !kept.has(o)));
      change.added.push(...list.filter((m) => !kept.has(m)));
    }
  }

  /**
   * Shares what many matches hold alike: one string per distinct code, one frozen empty modifier list. A
   * 50k-line page holds 56k matches, and these two made up several MB of issue 7's heap budget.
   */
  private compact(m: PageMatch): void {
    const code = this.codeStrings.get(m.code);
    if (code) m.code = code;
    else this.codeStrings.set(m.code, m.code);
    if (m.modifiers.length === 0) m.modifiers = NO_MODIFIERS;
  }
  private readonly codeStrings = new Map<string, string>();

  private schedulePass(): void {
    if (this.passScheduled || !this.initialDone || this.o.signal.aborted) return;
    this.passScheduled = true;
    // One pass per frame at most: bursts of mutations within ~16 ms share a pass.
    this.o.win.setTimeout(() => void this.pass(), 16);
  }

  private async pass(): Promise<void> {
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
    this.passScheduled = false;
    if (!this.queue.isEmpty()) this.schedulePass();
  }

  /** Stops observing; the store keeps its contents. */
  stop(): void {
    this.observer?.disconnect();
  }
}
