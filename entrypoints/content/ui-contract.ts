/**
 * How the scan-only content script and the UI script meet. The content script (entrypoints/content/) scans,
 * marks and decides what is open; the UI script (entrypoints/content-ui/: Preact, components/, the UI host)
 * only draws. The background injects the UI script into the same frame on first need (ui-loader.ts), into the
 * same isolated world, where it leaves {@link CreateRenderer} under {@link UI_GLOBAL}: a global of that world,
 * which page scripts cannot see. Pages that are only scanned never load it (docs/performance.md, bundle).
 * This file holds types and one constant only, so neither side pulls the other's code in.
 */
import { version } from '../../package.json';
import type { ClaimCheckState } from '../../components/ClaimCheck';
import type { CodePanelProps } from '../../components/CodePanel';
import type { PopoverProps } from '../../components/Popover';
import type { MueSetting } from '../../lib/dataset/types';

/** The claim check's section above the panel's list. */
export interface ClaimSectionProps {
  state: ClaimCheckState;
  onClose(): void;
  /** Checks the same lines again as a practitioner or an outpatient hospital claim. */
  onSetting?(setting: MueSetting): void;
}

/** What each view takes: plain data and callbacks, drawn by the UI script (entrypoints/content-ui/views.tsx). */
export interface ViewProps {
  popover: PopoverProps;
  panel: Omit<CodePanelProps, 'claim'> & { claim: ClaimSectionProps[] };
}

/** One layer's view: which component and its props. */
export type View = { [K in keyof ViewProps]: { view: K; props: ViewProps[K] } }[keyof ViewProps];

/** The UI host of one content-script instance, as the UI script makes it. */
export interface UiRenderer {
  /** Draws the layers' views in stacking order (null: that layer draws nothing; positions stay stable). */
  render(views: readonly (View | null)[]): void;
  /** Draws nothing but keeps the host for the next use. */
  clear(): void;
  /** Removes the host and everything in it. */
  destroy(): void;
  isInside(event: Event): boolean;
  isOwn(node: Node): boolean;
  find(selector: string): HTMLElement | null;
  testAttribute(name: string, value: string): void;
  readonly element: HTMLElement | null;
}

/** What the content script hands the UI script for its host. */
export interface RendererOptions {
  doc: Document;
  /** The user's theme, read at each draw. */
  theme(): string;
  /** Sees the user's key events inside the UI before they are stopped at the host. */
  onKeyDown(e: KeyboardEvent): void;
  /** Which events are the user's (user-events.ts). */
  isUser(e: Event): boolean;
}

/** The UI script's one export, left on the isolated world's global. */
export type CreateRenderer = (options: RendererOptions) => UiRenderer;

/**
 * The isolated-world global under which the UI script leaves its {@link CreateRenderer}. Named with the
 * version: should the world outlive an update, the new content script never drives the old version's views
 * (their contract may have changed) but loads its own.
 */
export const UI_GLOBAL = `__claimlensUi@${version}`;
