/**
 * The in-page features, in the order they are wired (each one file under features/, each taking what it
 * needs from the ones before it). Everything registers with the content-script context and is torn down
 * when the context is invalidated. docs/architecture.md says where a new feature goes.
 */
import { ClaimCheckClient } from './claim-check-client';
import { type AppContext, contentContext } from './content-context';
import { initAdjustmentCodes } from './features/adjustment-codes';
import { initClaimCheck } from './features/claim-check';
import { initHighlight } from './features/highlight';
import { initHoverPopover } from './features/hover-popover';
import { initKeyboardPanel } from './features/keyboard-panel';
import { initMessages } from './features/messages';
import { initModifiers } from './features/modifiers';
import { liveSettings } from './live-settings';
import { uiLayers } from './ui-layers';

export type { AppContext } from './content-context';

export async function startClaimLens(ctx: AppContext, doc: Document = document, win: Window = window): Promise<void> {
  const page = contentContext(ctx, doc, win);
  const settings = liveSettings(ctx);
  const ui = uiLayers(page, settings);
  const highlight = initHighlight(page, settings, ui);
  const claims = new ClaimCheckClient(doc, highlight.store, ui.update, highlight.lineRecheck);
  const popover = initHoverPopover(page, { settings, ui, highlight, claims });
  const panel = initKeyboardPanel(page, { ui, highlight, popover });
  const check = initClaimCheck({ ui, popover, panel, claims });
  initMessages(page, { highlight, panel, check, ui });
  initAdjustmentCodes(page, { settings, ui, highlight });
  initModifiers(page, { settings, ui, highlight });

  await settings.ready;
  if (ctx.signal.aborted) return;
  await highlight.start();
}
