/**
 * Wires the in-page feature together: scanner → match store → highlight layer; pointer → hit test → hover
 * intent → details from the background → popover; the command → keyboard panel. Everything registers
 * with the content-script context's signal and is torn down when the context is invalidated.
 */
import { browser } from 'wxt/browser';
import knownCodes from '../../data/known-codes.json';
import { ClaimCheck } from '../../components/ClaimCheck';
import { CodePanel, type PanelCode } from '../../components/CodePanel';
import { Popover, type PopoverContent } from '../../components/Popover';
import css from '../../components/claimlens.css?inline';
import { fromBase64, makeIsKnown } from '../../lib/dataset/known-codes';
import { isOwnSender, parseContentMessage } from '../../lib/messages';
import { hitTest, matchRects, type Box } from '../../lib/page/hit-test';
import { HoverIntent } from '../../lib/page/hover-intent';
import { HighlightLayer } from '../../lib/page/highlight-layer';
import { CLOSE_GRACE_MS, MAX_PAGE_CODES } from '../../lib/page/limits';
import type { PageMatch } from '../../lib/page/match-store';
import { afterNextFrame, PageScanner } from '../../lib/page/page-scanner';
import { ShadowRootSet } from '../../lib/page/shadow-roots';
import { windowSliceHost } from '../../lib/page/slice-runner';
import { codeKind } from '../../lib/settings/code-format';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';
import { ClaimCheckClient } from './claim-check-client';
import { DetailsClient } from './details-client';
import { HighlightStyleSheet, highlightNameFor } from './highlight-style';
import { readSettings, watchSettings } from './page-settings';
import { UiHost } from './ui-host';

interface PopoverState {
  match: PageMatch;
  anchor: Box;
  content: PopoverContent;
  pinned: boolean;
  byKeyboard: boolean;
  openedAt: number;
  measured: boolean;
}

/** Minimal slice of WXT's ContentScriptContext this module needs. */
export interface AppContext {
  signal: AbortSignal;
  onInvalidated(cb: () => void): void;
}

export async function startClaimLens(ctx: AppContext, doc: Document = document, win: Window = window): Promise<void> {
  const { signal } = ctx;
  const startedAt = win.performance.now();
  // Storage answers asynchronously: ask first, and decode the known-code set and wire up while it answers.
  const firstSettings = readSettings();
  // Geometry is read only once the page has rendered a frame, so its own pending layout is never ours.
  const pageRendered = afterNextFrame(win);
  const on = (target: EventTarget, type: string, fn: (e: Event) => void, capture = true) =>
    target.addEventListener(type, fn, { capture, passive: true, signal });
  let settings: Settings = defaultSettings();
  const bitmapIsKnown = makeIsKnown(fromBase64((knownCodes as { bitmap: string }).bitmap));
  const isKnown = (code: string) => {
    const kind = codeKind(code);
    return !!kind && settings.preferences.codeSystems[kind] !== false && bitmapIsKnown(code);
  };
  const ui = new UiHost(
    doc,
    css,
    () => settings.preferences.theme,
    (e) => {
      // Escape inside our UI: the host stops key events there, so the window listener below never sees them.
      if (e.key === 'Escape' && popover) intent.closeNow();
      // "c" in a popover opened from the panel checks the claim around that code.
      else if ((e.key === 'c' || e.key === 'C') && popover && panel && !e.ctrlKey && !e.metaKey && !e.altKey)
        runCheck(popover.match);
    },
  );
  const details = new DetailsClient();
  const claims = new ClaimCheckClient(
    doc,
    () => scanner.store.all(),
    () => renderUi(),
  );
  const styleSheet = new HighlightStyleSheet(doc);
  const layer = new HighlightLayer(doc, win, null, { signal });
  const codeCounts = new Map<string, number>();
  const shadowRoots = new ShadowRootSet(); // open roots holding codes: hover and highlight styles reach in
  // A check asked for right after a one-off injection must wait for the first full scan.
  let firstScanDone: () => void = () => {};
  const firstScan = new Promise<void>((resolve) => {
    firstScanDone = resolve;
  });
  let popover: PopoverState | null = null;
  let panel: PanelCode[] | null = null;

  const applySettings = (next: Settings) => {
    settings = next;
    layer.setName(highlightNameFor(next.preferences.highlightStyle));
    details.clear();
    renderUi();
  };

  const scanner = new PageScanner({
    doc,
    win,
    isKnown,
    signal,
    pageRendered,
    host: windowSliceHost(win),
    isOwnNode: (n) => ui.isOwn(n),
    // The error's kind only, never its message: a message may quote page text.
    onError: (e) => console.warn(`ClaimLens skipped part of this page it could not read (${(e as Error)?.name})`),
    onChange: ({ added, removed, settled }) => {
      layer.remove(removed);
      layer.add(added, settled);
      styleSheet.adopt(shadowRoots.add(added));
      for (const m of removed) {
        const n = (codeCounts.get(m.code) ?? 1) - 1;
        if (n > 0) codeCounts.set(m.code, n);
        else codeCounts.delete(m.code);
      }
      for (const m of added) codeCounts.set(m.code, (codeCounts.get(m.code) ?? 0) + 1);
      // The page shows codes: have the background load its data before the first hover needs it.
      if (added.length > 0) details.warmUp();
      if (popover && removed.includes(popover.match) && !popover.pinned) intent.closeNow();
      if (panel) openPanel();
    },
  });

  const pageCodes = (except: string) => [...codeCounts.keys()].filter((c) => c !== except).slice(0, MAX_PAGE_CODES);

  const anchorOf = (m: PageMatch): Box => {
    const r = matchRects(doc, m)[0] ?? m.node.parentElement?.getBoundingClientRect();
    return r
      ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      : { left: 8, top: 8, right: 8, bottom: 8 };
  };

  const show = (m: PageMatch, byKeyboard: boolean) => {
    const state: PopoverState = {
      match: m,
      anchor: anchorOf(m),
      pinned: false,
      byKeyboard,
      openedAt: win.performance.now(),
      measured: false,
      content: { kind: 'loading', code: m.code },
    };
    popover = state;
    void details.get(m.code, pageCodes(m.code), claims.linesFor(m)).then((res) => {
      if (popover !== state) return;
      state.content = res.ok
        ? { kind: 'ready', details: res.details }
        : { kind: 'error', code: m.code, message: res.error };
      renderUi();
    });
    renderUi();
  };

  const intent = new HoverIntent<PageMatch>(
    { set: (fn, ms) => win.setTimeout(fn, ms), clear: (id) => win.clearTimeout(id) },
    () => settings.preferences.hoverDelayMs,
    CLOSE_GRACE_MS,
    {
      prefetch: (m) => void details.get(m.code, pageCodes(m.code), claims.linesFor(m)),
      open: (m) => show(m, false),
      close: () => {
        const wasKeyboard = popover?.byKeyboard;
        popover = null;
        renderUi();
        if (wasKeyboard && panel) focusPanel();
      },
    },
  );

  const onShown = (el: HTMLElement) => {
    const p = popover;
    if (!p || p.measured || p.content.kind !== 'ready') return;
    p.measured = true;
    // Time from the hover delay elapsing (or Enter in the panel) to details on screen; a count, not page text.
    ui.element?.setAttribute('data-open-ms', (win.performance.now() - p.openedAt).toFixed(1));
    if (p.byKeyboard) el.focus();
  };

  function renderUi() {
    if (!popover && !panel) {
      ui.clear();
      return;
    }
    const p = popover;
    ui.render(
      <>
        {panel && (
          <CodePanel
            codes={panel}
            onOpen={openFromPanel}
            onClose={closePanel}
            onCheck={checkFromPanel}
            claim={claims.state && <ClaimCheck state={claims.state} onClose={() => claims.close()} />}
          />
        )}
        {p && (
          <Popover
            content={p.content}
            anchor={p.anchor}
            pinned={p.pinned}
            sections={settings.preferences.popoverSections}
            viewport={{ width: doc.documentElement.clientWidth, height: win.innerHeight }}
            onPin={(pinned) => {
              p.pinned = pinned;
              intent.setPinned(pinned);
              renderUi();
            }}
            onClose={() => intent.closeNow()}
            onShown={onShown}
          />
        )}
      </>,
    );
  }

  function openPanel() {
    panel = scanner.store.codes().map((c) => {
      const m = c.matches[0];
      const detail = [...m.modifiers.map((x) => `-${x}`), m.units !== null ? `×${m.units}` : '']
        .filter(Boolean)
        .join(' ');
      return { code: c.code, count: c.count, detail: detail || undefined };
    });
    renderUi();
  }
  function closePanel() {
    panel = null;
    renderUi();
  }
  function focusPanel() {
    (ui.element?.shadowRoot?.querySelector('.cl-panel-list') as HTMLElement | null)?.focus();
  }
  /** The code the user points at: the open popover's, else the panel's selected code (first occurrence). */
  function checkFromPanel(activeCode: string | undefined) {
    runCheck(
      popover?.match ?? (activeCode ? scanner.store.codes().find((c) => c.code === activeCode)?.matches[0] : undefined),
    );
  }
  function runCheck(pointed: PageMatch | undefined) {
    if (!panel) openPanel();
    claims.check(pointed);
  }
  function openFromPanel(code: string) {
    const m = scanner.store.codes().find((c) => c.code === code)?.matches[0];
    if (!m) return;
    m.node.parentElement?.scrollIntoView({ block: 'nearest' });
    intent.openNow(m);
    show(m, true);
  }

  // Pointer: one hit test per animation frame at most.
  let last: PointerEvent | null = null;
  let frame = 0;
  on(win, 'pointermove', (e) => {
    last = e as PointerEvent;
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const ev = last!;
        if (ui.isInside(ev)) intent.pointer(undefined, true);
        else intent.pointer(hitTest(doc, ev.clientX, ev.clientY, (n, o) => scanner.store.at(n, o), shadowRoots.list()));
      });
  });
  on(win, 'pointerdown', (e) => {
    if (popover && !popover.pinned && !ui.isInside(e)) intent.closeNow();
  });
  on(win, 'scroll', () => {
    if (popover && !popover.pinned && !popover.byKeyboard) intent.closeNow();
  });
  on(win, 'keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    if (popover) intent.closeNow();
    else if (panel) closePanel();
  });

  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const m = parseContentMessage(msg);
    if (m?.type === 'bgToCs:scanStats' && win.top === win) {
      return Promise.resolve({
        ...scanner.stats,
        startedAt,
        matches: scanner.store.size,
        ranges: layer.rangeCount,
        markUpdates: layer.stats.updates,
        markBandChanges: layer.stats.bandChanges,
        longestMarkUpdateMs: layer.stats.longestUpdateMs,
      });
    }
    // The panel lives in the top frame; frames keep their own popovers.
    if (m?.type === 'bgToCs:openPanel' && win.top === win) {
      openPanel();
      win.setTimeout(focusPanel, 0);
    }
    // Context menu "Check this claim" on a selection: the selection is read here, in the page.
    if (m?.type === 'bgToCs:checkClaim' && win.top === win) {
      void firstScan.then(() => {
        if (!signal.aborted) {
          runCheck(popover?.match);
          win.setTimeout(focusPanel, 0);
        }
      });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(applySettings);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    scanner.stop();
    layer.destroy();
    styleSheet.remove();
    ui.destroy();
  });

  applySettings(await firstSettings);
  if (signal.aborted) return;
  await scanner.start();
  firstScanDone();
}
