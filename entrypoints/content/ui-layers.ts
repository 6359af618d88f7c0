/**
 * The features' one UI: every feature that shows something adds a layer, drawn into the one UI host
 * (ui-host.tsx) in stacking order ({@link STACK}: a higher one is drawn later, on top). Escape, in the page
 * or in the UI, closes the topmost layer that has something open. With nothing to draw the host is emptied but kept for the next use; once
 * the content script is retired nothing is drawn again (a late answer must not bring the host back).
 */
import type { ComponentChildren } from 'preact';
import css from '../../components/claimlens.css?inline';
import type { ContentContext } from './content-context';
import type { LiveSettings } from './live-settings';
import { UiHost } from './ui-host';

/** Stacking order of the layers (features are wired in dependency order, which is not the stacking order). */
export const STACK = { panel: 10, popover: 20, adjustmentPopover: 21, modifierPopover: 22 } as const;

/** What a layer draws now (null, false or undefined: nothing). */
export type Layer = () => ComponentChildren;

/** Closes what the layer shows; false when it showed nothing (Escape then goes to the layer below). */
export type EscapeHandler = () => boolean;

/** The shared UI the features draw into. */
export interface UiLayers {
  /** Adds a layer at stacking level `z` (see {@link STACK}); `onEscape` closes what it shows. */
  add(z: number, layer: Layer, onEscape?: EscapeHandler): void;
  /** Sees key events inside the UI before the host stops them from reaching the page. */
  onKey(fn: (e: KeyboardEvent) => void): void;
  /** Redraws every layer. */
  update(): void;
  /** True when `event` happened inside the UI. */
  isInside(event: Event): boolean;
  /** True for the UI host (mutations there are ours, not the page's). */
  isOwn(node: Node): boolean;
  /** The element matching `selector` inside the UI, if drawn. */
  find(selector: string): HTMLElement | null;
  /** Sets a measurement attribute on the host in test builds only (the e2e and bench read `data-open-ms`). */
  testAttribute(name: string, value: string): void;
  /** The host element, if created. */
  readonly element: HTMLElement | null;
}

const isNothing = (v: ComponentChildren) => v === null || v === undefined || v === false;

/** Creates the UI of one content-script instance; removed when the context is invalidated. */
export function uiLayers(page: ContentContext, settings: LiveSettings): UiLayers {
  const { ctx, doc, win, on, isUserEvent } = page;
  const layers: { z: number; draw: Layer; onEscape?: EscapeHandler }[] = [];
  const keys: ((e: KeyboardEvent) => void)[] = [];
  const closeTopmost = () => {
    for (let i = layers.length - 1; i >= 0; i--) if (layers[i].onEscape?.()) return;
  };
  const host = new UiHost(
    doc,
    css,
    () => settings.current.preferences.theme,
    (e) => {
      for (const fn of keys) fn(e);
    },
    isUserEvent,
  );
  const update = () => {
    if (ctx.signal.aborted) return;
    const drawn = layers.map((l) => l.draw());
    if (drawn.every(isNothing)) host.clear();
    else host.render(drawn);
  };
  // Capture phase at the window: sees every Escape, in the page and in the UI alike (the host stops key events
  // from reaching the page only as they bubble), and sees it once.
  on(win, 'keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') closeTopmost();
  });
  settings.onChange(update);
  ctx.onInvalidated(() => host.destroy());
  return {
    add(z, draw, onEscape) {
      layers.push({ z, draw, onEscape });
      layers.sort((a, b) => a.z - b.z);
    },
    onKey: (fn) => void keys.push(fn),
    update,
    isInside: (event) => host.isInside(event),
    isOwn: (node) => host.isOwn(node),
    find: (selector) => host.find(selector),
    testAttribute: (name, value) => host.testAttribute(name, value),
    get element() {
      return host.element;
    },
  };
}
