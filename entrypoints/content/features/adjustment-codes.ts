/**
 * Feature: claim adjustment and remark codes on remittance pages (`CO-97`, `PR-2`, `N362`). The code scan's
 * text walk reads them too, as its second recogniser (lib/denials/page-scan.ts, lib/page/text-readers.ts);
 * they are marked with the codes' own highlight and, on hover, a popover explains the code in ClaimLens's
 * words and, for a coding-edit denial, names the edit among the row's claim lines that explains it (the
 * background runs the claim check). What an SPA adds or changes is read in the scan's mutation passes.
 */
import { askBackground, PAGE_ASK_ERRORS } from '../../../components/extension/ask-background';
import type { PopoverContent } from '../../../components/Popover';
import { rowQuestion, rowElementOf } from '../../../lib/denials/row-claim';
import {
  type AdjustmentMatch,
  AdjustmentColumns,
  adjustmentCandidates,
  adjustmentColumnWants,
  adjustmentRecogniser,
  adjustmentsInText,
} from '../../../lib/denials/page-scan';
import { matchRects, type Box, hitTest } from '../../../lib/page/hit-test';
import type { HoverIntent } from '../../../lib/page/hover-intent';
import type { PageMatch } from '../../../lib/page/match-store';
import type { ExplainAdjustmentRequest, ExplainAdjustmentResponse } from '../../../lib/messages';
import type { ContentContext } from '../content-context';
import { addSecondaryPopover, secondaryIntent } from '../secondary-popover';
import type { LiveSettings } from '../live-settings';
import { followPointerMoves } from '../pointer-moves';
import { STACK, type UiLayers } from '../ui-layers';
import type { Highlight } from './highlight';

/** Most adjustment codes marked on one page. */
export const MAX_MARKED = 5_000;

/** What this feature offers (tests and the bench read it). */
export interface AdjustmentCodes {
  /** Adjustment and remark codes found, in no particular order. */
  all(): AdjustmentMatch[];
  /** Resolves when the first read of the page is done. */
  readonly ready: Promise<void>;
  /** Opens the popover of `m` at once (tests; the pointer opens it after the hover delay). */
  open(m: AdjustmentMatch): void;
}

export interface AdjustmentCodesDeps {
  settings: LiveSettings;
  ui: UiLayers;
  highlight: Pick<Highlight, 'store' | 'marks' | 'firstScan' | 'shadowRoots' | 'addReader'>;
  /** Tests pass their own; the content script asks the background. */
  ask?: (req: ExplainAdjustmentRequest) => Promise<ExplainAdjustmentResponse>;
}

/** Asks the background (the one request helper); a missing or failed answer becomes a plain error message. */
const explainOnBackground = (req: ExplainAdjustmentRequest) => askBackground(req, PAGE_ASK_ERRORS);

interface State {
  match: AdjustmentMatch;
  anchor: Box;
  content: PopoverContent;
}

/** The layer's matches typed as the highlight layer's (it reads node, start and end only). */
const asMarks = (ms: readonly AdjustmentMatch[]) => ms as unknown as readonly PageMatch[];

export function initAdjustmentCodes(page: ContentContext, deps: AdjustmentCodesDeps): AdjustmentCodes {
  const { doc } = page;
  const { settings, ui } = deps;
  const found = trackAdjustmentCodes(page, deps);
  let state: State | null = null;

  const show = (m: AdjustmentMatch) => {
    const r = matchRects(doc, m as unknown as PageMatch)[0];
    const anchor = r
      ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      : { left: 8, top: 8, right: 8, bottom: 8 };
    const s: State = { match: m, anchor, content: { kind: 'loading', code: m.code } };
    state = s;
    ui.update();
    void (deps.ask ?? explainOnBackground)(rowRequest(page, deps, m)).then((res) => {
      if (state !== s) return;
      s.content = res.ok ? { kind: 'adjustment', view: res.view } : { kind: 'error', code: m.code, message: res.error };
      ui.update();
    });
  };
  const intent = secondaryIntent<AdjustmentMatch>(page, ui, settings, { open: show, closed: () => (state = null) });
  addSecondaryPopover(page, ui, STACK.adjustmentPopover, intent, () => state);
  followPointer(page, deps, intent, found, () => state);
  return { all: found.all, ready: found.ready, open: (m) => intent.openNow(m) };
}

/** The question for the background: the code, its row's claim lines and the row's other adjustment codes. */
function rowRequest(page: ContentContext, deps: AdjustmentCodesDeps, m: AdjustmentMatch): ExplainAdjustmentRequest {
  const { doc } = page;
  const own = (n: Node) => deps.ui.isOwn(n);
  const row = rowElementOf(m.node);
  const columns = new AdjustmentColumns();
  const beside = row ? [...adjustmentCandidates(row, doc, own)].flatMap((t) => adjustmentsInText(t, columns)) : [];
  return { type: 'csToBg:explainAdjustment', ...rowQuestion(m, deps.highlight.store.all(), beside) };
}

/** The adjustment codes found on the page, kept marked as the page changes. */
interface FoundCodes {
  all(): AdjustmentMatch[];
  readonly ready: Promise<void>;
  /** Any adjustment code found on the page: until then the pointer is not followed (no cost on other pages). */
  seen(): boolean;
  /** The code under the caret at `offset` of `node`, if any. */
  at(node: Node, offset: number): PageMatch | undefined;
}

/**
 * Reads adjustment codes in the code scan's own text walk, as its second recogniser (lib/page/text-readers.ts:
 * no second walk of the page), in its first pass and in the passes that follow the page's mutations, and
 * marks them with each of its hand-overs.
 */
function trackAdjustmentCodes(page: ContentContext, deps: AdjustmentCodesDeps): FoundCodes {
  const { ctx, doc } = page;
  const { ui, highlight } = deps;
  const byNode = new Map<Text, AdjustmentMatch[]>();
  const own = (n: Node) => ui.isOwn(n);
  let marked = 0;
  let seen = false;
  /** Found since the scan's last hand-over: marked with the next one (one highlight change per slice at most). */
  let toMark: AdjustmentMatch[] = [];
  const markFound = () => {
    if (toMark.length) highlight.marks.add(asMarks(toMark));
    toMark = [];
  };
  const unmark = (node: Text, old: AdjustmentMatch[]) => {
    markFound();
    highlight.marks.remove(asMarks(old));
    marked -= old.length;
    byNode.delete(node);
  };
  const replace = (node: Text, found: AdjustmentMatch[]) => {
    const old = byNode.get(node);
    if (old) unmark(node, old);
    if (!found.length) return;
    seen = true;
    byNode.set(node, found);
    for (const m of found) toMark.push(m);
    marked += found.length;
  };
  // Marks stop at MAX_MARKED codes (a 50k-line remittance would otherwise hold 50k more ranges' worth of
  // objects: docs/performance.md's heap budget); hover never needs them, it reads the text under the pointer.
  const wants = (t: Text) => marked < MAX_MARKED || byNode.has(t);
  highlight.addReader({
    recogniser: adjustmentRecogniser(),
    wants,
    pass() {
      const columns = new AdjustmentColumns();
      return (t) => {
        if (wants(t)) replace(t, adjustmentsInText(t, columns));
      };
    },
    columns: (table) => adjustmentColumnWants(table),
    flush: markFound,
    drop: (t) => replace(t, []),
    // Rows the page removed, with or without a CPT/HCPCS code: their marks go and stop counting towards
    // MAX_MARKED (a long-lived SPA page would otherwise leave later adjustment codes unmarked).
    prune: () => {
      for (const [node, ms] of byNode) if (!node.isConnected) unmark(node, ms);
    },
  });
  const ready = highlight.firstScan.then(markFound);
  ctx.onInvalidated(() => byNode.clear());

  // The code under a caret: the stored matches, else the node's text read now (past the mark cap, or not
  // read yet), in the same visible, non-UI text the scan reads.
  const at = (node: Node, offset: number) => {
    let list = byNode.get(node as Text);
    if (!list && node.nodeType === 3) {
      const fresh = adjustmentCandidates(node, doc, own).next().value;
      list = fresh ? adjustmentsInText(fresh, new AdjustmentColumns()) : undefined;
    }
    return list?.find((m) => offset >= m.start && offset <= m.end) as unknown as PageMatch | undefined;
  };
  return { all: () => [...byNode.values()].flat(), ready, seen: () => seen, at };
}

/**
 * Pointer moves go to the hover intent once the page has an adjustment code (../pointer-moves.ts: inside or
 * outside read in the handler, the strip between the code and its card counts as the card). A click elsewhere
 * or a scroll closes an unpinned popover.
 */
function followPointer(
  page: ContentContext,
  deps: AdjustmentCodesDeps,
  intent: HoverIntent<AdjustmentMatch>,
  found: FoundCodes,
  open: () => State | null,
): void {
  const { doc, win, on } = page;
  const { ui, highlight } = deps;
  const at = (x: number, y: number) =>
    hitTest(doc, x, y, found.at, highlight.shadowRoots.list()) as unknown as AdjustmentMatch | undefined;
  followPointerMoves(
    page,
    ui,
    intent,
    at,
    () => {
      const s = open();
      return s && { anchor: s.anchor, card: ui.find('.cl-adjustment')?.closest('.cl-popover') };
    },
    found.seen,
  );
  on(win, 'pointerdown', (e) => {
    if (open() && !intent.pinned && !ui.isInside(e)) intent.closeNow();
  });
  on(win, 'scroll', () => {
    if (open() && !intent.pinned) intent.closeNow();
  });
}
