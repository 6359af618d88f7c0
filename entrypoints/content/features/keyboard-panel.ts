/**
 * Feature: the keyboard panel (the `open-panel` command, Alt+Shift+L): every code on the page in page order;
 * Enter opens a code's popover with focus in it, and focus comes back to the list when that popover closes.
 * The list follows the page while the panel is open. Other features add sections above the list (the claim
 * check's result) and the action of its "Check this claim" button.
 */
import type { PanelCode } from '../../../components/CodePanel';
import type { PageCode, PageMatch } from '../../../lib/page/match-store';
import type { ContentContext } from '../content-context';
import type { ClaimSectionProps } from '../ui-contract';
import { STACK, type UiLayers } from '../ui-layers';
import type { Highlight } from './highlight';
import type { HoverPopover } from './hover-popover';

/** What the panel feature offers the others. */
export interface KeyboardPanel {
  readonly isOpen: boolean;
  /** How long the last opening took to list the codes and draw them (UI script load included), in ms (bench). */
  readonly lastOpenMs: number | undefined;
  open(): void;
  /** Moves focus to the code list (after the UI has been drawn). */
  focusSoon(): void;
  /** Adds a section drawn above the code list (the claim check's result; nothing while null or false). */
  addSection(draw: () => ClaimSectionProps | null | false): void;
  /** Sets what "Check this claim" (button or C) does; it gets the first occurrence of the code selected. */
  setCheck(fn: (selected: PageMatch | undefined) => void): void;
}

export interface KeyboardPanelDeps {
  ui: UiLayers;
  highlight: Pick<Highlight, 'store' | 'onChange'>;
  popover: Pick<HoverPopover, 'openByKeyboard' | 'onClosed'>;
}

/** The panel's rows: each distinct code once, with the modifiers and units of its first occurrence. */
function panelCodes(listed: readonly PageCode[]): PanelCode[] {
  return listed.map((c) => {
    const m = c.first;
    const detail = [...m.modifiers.map((x) => `-${x}`), m.units !== null ? `×${m.units}` : '']
      .filter(Boolean)
      .join(' ');
    return { code: c.code, count: c.count, detail: detail || undefined, mentioned: c.billed === 0 };
  });
}

export function initKeyboardPanel(page: ContentContext, deps: KeyboardPanelDeps): KeyboardPanel {
  const { ui, highlight, popover } = deps;
  const sections: (() => ClaimSectionProps | null | false)[] = [];
  let codes: PanelCode[] | null = null;
  // The store's distinct codes as listed: a code chosen in the list is found here, not by another pass over
  // the store (~40 ms on a 50k-line page; docs/performance.md).
  let listed: readonly PageCode[] = [];
  const firstOf = (code: string | undefined): PageMatch | undefined =>
    code === undefined ? undefined : listed.find((c) => c.code === code)?.first;
  let check: ((selected: PageMatch | undefined) => void) | undefined;

  let lastOpenMs: number | undefined;
  const open = () => {
    const t0 = page.win.performance.now();
    listed = highlight.store.codes();
    codes = panelCodes(listed);
    ui.update();
    // Until drawn: at once when the UI script is loaded, after its injection on first use (ui-layers.ts).
    void ui.drawn().then(() => {
      lastOpenMs = page.win.performance.now() - t0;
    });
  };
  const close = () => {
    codes = null;
    listed = [];
    ui.update();
  };
  const focus = () => ui.find('.cl-panel-list')?.focus();
  const openCode = (code: string) => {
    const m = firstOf(code);
    if (!m) return;
    m.node.parentElement?.scrollIntoView({ block: 'nearest' });
    popover.openByKeyboard(m);
  };

  ui.add(
    STACK.panel,
    () =>
      codes && {
        view: 'panel',
        props: {
          codes,
          onOpen: openCode,
          onClose: close,
          onCheck: check && ((code) => check?.(firstOf(code))),
          claim: sections.map((draw) => draw()).filter((c) => !!c),
        },
      },
    () => {
      if (!codes) return false;
      close();
      return true;
    },
  );
  highlight.onChange(() => {
    if (codes) open();
  });
  popover.onClosed((byKeyboard) => {
    if (byKeyboard && codes) focus();
  });

  return {
    get isOpen() {
      return codes !== null;
    },
    get lastOpenMs() {
      return lastOpenMs;
    },
    open,
    // After the UI script has drawn the panel (it may load on this first use: ui-layers.ts).
    focusSoon: () => void ui.drawn().then(() => page.timers.setTimeout(focus, 0)),
    addSection: (draw) => void sections.push(draw),
    setCheck: (fn) => {
      check = fn;
    },
  };
}
