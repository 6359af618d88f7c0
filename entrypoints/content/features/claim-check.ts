/**
 * Feature: "Check this claim". Runs from the panel's button or C (with the selected code), from C in a popover
 * opened from the panel, and from the context menu (messages.ts). The region checked is the page selection,
 * else the claim around the code pointed at, else the page (claim-check-client.ts); the result shows above
 * the panel's list (widened to read it), and the open popover, or one opened afterwards, lists the findings
 * that involve its code.
 */
import type { MueSetting } from '../../../lib/dataset/types';
import type { PageMatch } from '../../../lib/page/match-store';
import type { ClaimCheckClient } from '../claim-check-client';
import type { UiLayers } from '../ui-layers';
import type { HoverPopover } from './hover-popover';
import type { KeyboardPanel } from './keyboard-panel';

/** What the claim-check feature offers the others. */
export interface ClaimCheckFeature {
  /** Checks the claim around the code the user points at: the open popover's code, else `fallback`. */
  run(fallback?: PageMatch): void;
  /** Time the last check took to choose its region and read its lines, in ms (a count for the bench). */
  readonly lastRegionMs: number | undefined;
}

export interface ClaimCheckDeps {
  ui: UiLayers;
  popover: Pick<HoverPopover, 'current'> & Partial<Pick<HoverPopover, 'refresh'>>;
  panel: Pick<KeyboardPanel, 'isOpen' | 'open' | 'addSection' | 'setCheck'>;
  claims: Pick<ClaimCheckClient, 'check' | 'state' | 'close' | 'lastRegionMs'> &
    Partial<Pick<ClaimCheckClient, 'onAnswer' | 'checkAs'>>;
}

const isPlainC = (e: KeyboardEvent) => (e.key === 'c' || e.key === 'C') && !e.ctrlKey && !e.metaKey && !e.altKey;

export function initClaimCheck(deps: ClaimCheckDeps): ClaimCheckFeature {
  const { ui, popover, panel, claims } = deps;
  const run = (fallback?: PageMatch) => {
    if (!panel.isOpen) panel.open();
    claims.check(popover.current ?? fallback);
  };
  panel.addSection(
    () =>
      claims.state && {
        state: claims.state,
        onClose: () => claims.close(),
        ...(claims.checkAs ? { onSetting: (s: MueSetting) => claims.checkAs?.(s) } : {}),
      },
  );
  // An open popover asks again once a check is in: it then shows the findings that involve its code.
  claims.onAnswer?.(() => popover.refresh?.());
  panel.setCheck((selected) => run(selected));
  // C in a popover opened from the panel checks the claim around that code.
  ui.onKey((e) => {
    if (isPlainC(e) && popover.current && panel.isOpen) run();
  });
  return {
    run,
    get lastRegionMs() {
      return claims.lastRegionMs;
    },
  };
}
