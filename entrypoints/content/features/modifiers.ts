/**
 * Feature: modifiers on hover (`64634-RT`, `-59`, `XS` in a claim table's Mod column). The pointer's text is
 * read where it rests: a two-character token counts as a modifier only where lib/modifiers/page-modifiers.ts
 * says a claim puts one (after a detected code, or in a modifier cell of a row with a billed code), so `RT 9`
 * on a street or `XS` in prose never opens anything. The popover says what the modifier means (CMS's Level II
 * text, or ClaimLens's words for CPT modifiers) and which PTP edits among the claim's billed lines it
 * bypasses; the background answers `csToBg:explainModifier` from the claim's codes, modifiers and units.
 */
import { askBackground, PAGE_ASK_ERRORS } from '../../../components/extension/ask-background';
import type { PopoverContent } from '../../../components/Popover';
import { TableContextCache } from '../../../lib/detect/table-context';
import type { ExplainModifierRequest, ExplainModifierResponse } from '../../../lib/messages';
import { type ModifierMatch, modifierAt, modifierQuestion, sameModifier } from '../../../lib/modifiers/page-modifiers';
import { type Box, hitTest } from '../../../lib/page/hit-test';
import type { HoverIntent } from '../../../lib/page/hover-intent';
import type { PageMatch } from '../../../lib/page/match-store';
import type { ContentContext } from '../content-context';
import { addSecondaryPopover, secondaryIntent } from '../secondary-popover';
import type { LiveSettings } from '../live-settings';
import { followPointerMoves } from '../pointer-moves';
import { STACK, type UiLayers } from '../ui-layers';
import type { Highlight } from './highlight';

/** What this feature offers (tests read it). */
export interface Modifiers {
  /** The modifier under viewport point (x, y), if any. */
  at(x: number, y: number): ModifierMatch | undefined;
  /** Opens the popover of `m` at once (tests; the pointer opens it after the hover delay). */
  open(m: ModifierMatch): void;
}

export interface ModifiersDeps {
  settings: LiveSettings;
  ui: UiLayers;
  highlight: Pick<Highlight, 'store' | 'shadowRoots' | 'lineRecheck'>;
  /** Tests pass their own; the content script asks the background. */
  ask?: (req: ExplainModifierRequest) => Promise<ExplainModifierResponse>;
}

interface State {
  match: ModifierMatch;
  anchor: Box;
  content: PopoverContent;
}

export function initModifiers(page: ContentContext, deps: ModifiersDeps): Modifiers {
  const { doc } = page;
  const { settings, ui, highlight } = deps;
  let state: State | null = null;
  const codesOf = (t: Text) => highlight.store.get(t);

  // One table cache per pointer read: the page may change between two reads.
  const at = (x: number, y: number) => {
    const tables = new TableContextCache();
    const find = (node: Node, offset: number) =>
      modifierAt(node, offset, tables, codesOf) as unknown as PageMatch | undefined;
    return hitTest(doc, x, y, find, highlight.shadowRoots.list()) as unknown as ModifierMatch | undefined;
  };

  const show = (m: ModifierMatch) => {
    const range = doc.createRange();
    range.setStart(m.node, m.start);
    range.setEnd(m.node, m.end);
    const r = range.getBoundingClientRect();
    const anchor = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const s: State = { match: m, anchor, content: { kind: 'loading', code: m.modifier } };
    state = s;
    ui.update();
    const q = modifierQuestion(m, highlight.store, highlight.lineRecheck());
    void (deps.ask ?? ((req: ExplainModifierRequest) => askBackground(req, PAGE_ASK_ERRORS)))({
      type: 'csToBg:explainModifier',
      ...q,
    }).then((res) => {
      if (state !== s) return;
      s.content = res.ok
        ? { kind: 'modifier', view: res.view }
        : { kind: 'error', code: m.modifier, message: res.error };
      ui.update();
    });
  };
  const intent = secondaryIntent<ModifierMatch>(
    page,
    ui,
    settings,
    { open: show, closed: () => (state = null) },
    sameModifier,
  );
  addSecondaryPopover(page, ui, STACK.modifierPopover, intent, () => state);

  followPointer(page, ui, intent, at, () => state);
  return { at, open: (m) => intent.openNow(m) };
}

/**
 * Pointer moves go to the hover intent (../pointer-moves.ts: the strip between the modifier and its card counts
 * as the card). A click elsewhere or a scroll closes an unpinned popover.
 */
function followPointer(
  page: ContentContext,
  ui: UiLayers,
  intent: HoverIntent<ModifierMatch>,
  at: (x: number, y: number) => ModifierMatch | undefined,
  open: () => State | null,
): void {
  const { win, on } = page;
  followPointerMoves(page, ui, intent, at, () => {
    const s = open();
    return s && { anchor: s.anchor, card: ui.find('.cl-modifier')?.closest('.cl-popover') };
  });
  on(win, 'pointerdown', (e) => {
    if (open() && !intent.pinned && !ui.isInside(e)) intent.closeNow();
  });
  on(win, 'scroll', () => {
    if (open() && !intent.pinned) intent.closeNow();
  });
}
