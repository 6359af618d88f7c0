/**
 * Feature: the popover. The pointer's position is hit-tested once per frame at most; the hover intent
 * (lib/page/hover-intent.ts) opens the popover after the hover delay, prefetching the code's details the
 * moment the pointer lands on it, and closes it after a grace period once the pointer has left, unless it is
 * pinned. The keyboard panel opens it at once. There is one popover state here (../popover-state.ts); whether
 * it is pinned is the hover intent's (it decides when to close), and the view reads it from there.
 */
import { HoverIntent } from '../../../lib/page/hover-intent';
import { CLOSE_GRACE_MS } from '../../../lib/page/popover-geometry';
import { type PageMatch, sameMatch } from '../../../lib/page/match-store';
import type { ClaimCheckClient } from '../claim-check-client';
import type { ContentContext } from '../content-context';
import { DetailsClient } from '../details-client';
import type { LiveSettings } from '../live-settings';
import { followPointerMoves } from '../pointer-moves';
import { openingState, type PopoverState } from '../popover-state';
import type { View } from '../ui-contract';
import { STACK, type UiLayers } from '../ui-layers';
import type { Highlight } from './highlight';

/** What the popover feature offers the others. */
export interface HoverPopover {
  /** The code whose popover is open. */
  readonly current: PageMatch | undefined;
  /** Opens `m`'s popover at once, with focus in it (the keyboard panel's Enter). */
  openByKeyboard(m: PageMatch): void;
  /** Called after the popover closed; `byKeyboard` when it had been opened from the keyboard. */
  onClosed(fn: (byKeyboard: boolean) => void): void;
  /** Asks again for the open popover's details (after a claim check) and shows them in place. */
  refresh(): void;
}

export interface HoverPopoverDeps {
  settings: LiveSettings;
  ui: UiLayers;
  highlight: Pick<Highlight, 'matchAt' | 'pageCodes' | 'onChange'>;
  /** The checked claim's lines when `m` is one of them (the popover then shows its findings); `m`'s claim. */
  claims: Pick<ClaimCheckClient, 'linesFor' | 'claimOf'>;
  /** Tests pass their own; the content script asks the background (details-client.ts). */
  details?: Pick<DetailsClient, 'get' | 'warmUp' | 'clear'>;
}

export function initHoverPopover(page: ContentContext, deps: HoverPopoverDeps): HoverPopover {
  const { doc, win, timers } = page;
  const { settings, ui, highlight, claims } = deps;
  const details = deps.details ?? new DetailsClient();
  const closed: ((byKeyboard: boolean) => void)[] = [];
  let state: PopoverState | null = null;
  let openingByKeyboard = false;

  const request = (m: PageMatch) =>
    details.get(m.code, highlight.pageCodes(m.code), claims.linesFor(m), claims.claimOf(m));
  const show = (m: PageMatch) => {
    const s = openingState(doc, m, openingByKeyboard, win.performance.now());
    state = s;
    void request(m).then((res) => {
      if (state !== s) return;
      s.content = res.ok
        ? { kind: 'ready', details: res.details }
        : { kind: 'error', code: m.code, message: res.error };
      ui.update();
    });
    ui.update();
  };
  const intent = new HoverIntent<PageMatch>(
    { set: timers.setTimeout, clear: timers.clearTimeout },
    () => settings.current.preferences.hoverDelayMs,
    CLOSE_GRACE_MS,
    {
      // The pointer rests on a code: load the UI script while the hover delay runs (ui-layers.ts).
      prefetch: (m) => {
        ui.prepare();
        void request(m);
      },
      open: show,
      close: () => {
        const byKeyboard = state?.byKeyboard ?? false;
        state = null;
        ui.update();
        for (const fn of closed) fn(byKeyboard);
      },
    },
    sameMatch,
  );

  ui.add(
    STACK.popover,
    () => state && popoverView(page, deps, intent, state),
    () => {
      if (!state) return false;
      intent.closeNow();
      return true;
    },
  );

  followPageChanges(deps, details, intent, () => state);
  followPointer(page, ui, highlight, intent, () => state);

  return {
    get current() {
      return state?.match;
    },
    openByKeyboard(m) {
      openingByKeyboard = true;
      try {
        intent.openNow(m);
      } finally {
        openingByKeyboard = false;
      }
    },
    onClosed: (fn) => void closed.push(fn),
    refresh: () => {
      const s = state;
      if (!s) return;
      void request(s.match).then((res) => {
        if (!res.ok || state !== s) return;
        s.content = { kind: 'ready', details: res.details };
        ui.update();
      });
    },
  };
}

/**
 * Hover delays below this leave too little time to inject the UI script between the pointer landing on a
 * code and its popover opening (12-40 ms measured, more on a loaded machine: docs/performance.md, "The in-page
 * UI as a second script"), so with such a delay the UI script is loaded once the page shows codes.
 */
export const PRELOAD_UI_BELOW_DELAY_MS = 100;

/**
 * Codes appearing warm the background up (and load the UI script when the hover delay is too short to cover
 * its injection); the open popover's code leaving the page closes it unless pinned; a settings change drops
 * the answers asked for before.
 */
function followPageChanges(
  { highlight, settings, ui }: Pick<HoverPopoverDeps, 'highlight' | 'settings' | 'ui'>,
  details: Pick<DetailsClient, 'warmUp' | 'clear'>,
  intent: HoverIntent<PageMatch>,
  open: () => PopoverState | null,
): void {
  highlight.onChange(({ added, removed }) => {
    // The page shows codes: have the background load its data before the first hover needs it.
    if (added.length > 0) details.warmUp();
    if (added.length > 0 && settings.current.preferences.hoverDelayMs < PRELOAD_UI_BELOW_DELAY_MS) ui.prepare();
    const match = open()?.match;
    if (match && !intent.pinned && removed.some((m) => sameMatch(m, match))) intent.closeNow();
  });
  // Payer notes and imported text depend on the settings: answers asked for before are stale.
  settings.onChange(() => details.clear());
}

/**
 * Pointer moves go to the hover intent (../pointer-moves.ts: inside/outside read in the handler, the hover
 * bridge counts as the popover). Clicking a code pins its
 * popover; a click elsewhere closes an unpinned popover, and so does scrolling one not opened from the
 * keyboard.
 */
function followPointer(
  page: ContentContext,
  ui: UiLayers,
  highlight: Pick<Highlight, 'matchAt'>,
  intent: HoverIntent<PageMatch>,
  open: () => PopoverState | null,
): void {
  const { win, doc, on } = page;
  followPointerMoves(
    page,
    ui,
    intent,
    (x, y) => highlight.matchAt(x, y),
    () => {
      const s = open();
      return s && { anchor: s.anchor, card: ui.find('.cl-popover') };
    },
  );
  on(win, 'pointerdown', (e) => {
    const ev = e as PointerEvent;
    if (!open() || intent.pinned || ui.isInside(e)) return;
    // A press on a code is the start of a click that pins it (below), not a click elsewhere.
    if (!highlight.matchAt(ev.clientX, ev.clientY)) intent.closeNow();
  });
  on(win, 'click', (e) => {
    const ev = e as MouseEvent;
    if (ui.isInside(e) || doc.getSelection()?.isCollapsed === false) return;
    const m = highlight.matchAt(ev.clientX, ev.clientY);
    if (!m) return;
    const s = open();
    if (!s || !sameMatch(s.match, m)) intent.openNow(m);
    intent.setPinned(true);
    ui.update();
  });
  on(win, 'scroll', () => {
    const s = open();
    if (s && !intent.pinned && !s.byKeyboard) intent.closeNow();
  });
}

/** The popover drawn for `s`; whether it is pinned is the hover intent's. */
function popoverView(
  page: ContentContext,
  { settings, ui }: Pick<HoverPopoverDeps, 'settings' | 'ui'>,
  intent: HoverIntent<PageMatch>,
  s: PopoverState,
): View {
  const { doc, win } = page;
  const onShown = (el: HTMLElement) => {
    if (s.measured || s.content.kind !== 'ready') return;
    s.measured = true;
    // Time from the hover delay elapsing (or Enter in the panel) to details on screen; a count, not page text.
    ui.testAttribute('data-open-ms', (win.performance.now() - s.openedAt).toFixed(1));
    if (s.byKeyboard) el.focus();
  };
  const props = {
    content: s.content,
    anchor: s.anchor,
    pinned: intent.pinned,
    sections: settings.current.preferences.popoverSections,
    viewport: { width: doc.documentElement.clientWidth, height: win.innerHeight },
    onPin: (pinned: boolean) => {
      intent.setPinned(pinned);
      ui.update();
    },
    onClose: () => intent.closeNow(),
    onShown,
  };
  return { view: 'popover', props };
}
