/**
 * Where the popover sits and how long it lingers: its gap from the code, its margin from the viewport edges,
 * its default height cap, and the grace period before it closes (placement.ts, the hover features).
 */

/** Grace period after the pointer leaves a code or the popover before the popover closes. */
export const CLOSE_GRACE_MS = 250;

/** Pixels between a code and its popover, and the popover's minimum distance from the viewport edges. */
export const POPOVER_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;

/**
 * Default height cap of the popover: the verdict and the first section fit, the page around stays readable
 * (a 1280×800 screen keeps more than half its height free); "More" lifts the cap to the viewport's height.
 */
export const POPOVER_MAX_HEIGHT_PX = 360;
