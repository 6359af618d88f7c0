/**
 * The features' one UI: every feature that shows something adds a layer, drawn into the one UI host in
 * stacking order ({@link STACK}: a higher one is drawn later, on top). Escape, in the page or in the UI, closes
 * the topmost layer that has something open. A layer says what to draw as a view (ui-contract.ts); the UI
 * script draws it, loaded into this frame the first time anything is drawn (or earlier, on
 * {@link UiLayers.prepare}: the hover intent's prefetch), so pages that are only scanned never load Preact
 * and the views (docs/performance.md, bundle). With nothing to draw the host is emptied but kept for the next
 * use; once the content script is retired nothing is drawn again (a late answer or a late load must not bring
 * the host back).
 */
import type { ContentContext } from './content-context';
import type { LiveSettings } from './live-settings';
import type { UiRenderer, View } from './ui-contract';
import { injectedUi, type UiLoader } from './ui-loader';

/** Stacking order of the layers (features are wired in dependency order, which is not the stacking order). */
export const STACK = { panel: 10, popover: 20, adjustmentPopover: 21, modifierPopover: 22 } as const;

/** What a layer draws now (null, false or undefined: nothing). */
export type Layer = () => View | null | undefined | false;

/** Closes what the layer shows; false when it showed nothing (Escape then goes to the layer below). */
export type EscapeHandler = () => boolean;

/** The shared UI the features draw into. */
export interface UiLayers {
  /** Adds a layer at stacking level `z` (see {@link STACK}); `onEscape` closes what it shows. */
  add(z: number, layer: Layer, onEscape?: EscapeHandler): void;
  /** Sees key events inside the UI before the host stops them from reaching the page. */
  onKey(fn: (e: KeyboardEvent) => void): void;
  /** Redraws every layer (loading the UI script first, if something is to be drawn and it is not loaded). */
  update(): void;
  /**
   * Starts loading the UI script now (something is about to be drawn: the pointer rests on a code). Does
   * nothing after a failed load: then only a draw asks again.
   */
  prepare(): void;
  /** Resolves once the UI script is loaded and the layers drawn (at once when already loaded). */
  drawn(): Promise<void>;
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
  /** How long the UI script took to load, from the first need to its renderer being there, in ms (bench). */
  readonly loadMs: number | undefined;
}

/** Creates the UI of one content-script instance; removed when the context is invalidated. */
export function uiLayers(
  page: ContentContext,
  settings: LiveSettings,
  loader: UiLoader = injectedUi(globalThis),
): UiLayers {
  const { ctx, doc, win, on, isUserEvent } = page;
  const layers: { z: number; draw: Layer; onEscape?: EscapeHandler }[] = [];
  const keys: ((e: KeyboardEvent) => void)[] = [];
  let renderer: UiRenderer | null = null;
  let loading: Promise<void> | null = null;
  let loadMs: number | undefined;
  // After a failed load only a real need asks again: a prefetch per mutation pass would inject in a loop.
  let failed = false;
  const closeTopmost = () => {
    for (let i = layers.length - 1; i >= 0; i--) if (layers[i].onEscape?.()) return;
  };
  const made = (): UiRenderer | null => {
    if (renderer || ctx.signal.aborted) return renderer;
    const create = loader.ready();
    renderer =
      create?.({
        doc,
        theme: () => settings.current.preferences.theme,
        onKeyDown: (e) => {
          for (const fn of keys) fn(e);
        },
        isUser: isUserEvent,
      }) ?? null;
    return renderer;
  };
  // One load at a time; a failed one draws nothing and is not retried here (no loop): the next need asks again.
  const load = () => {
    if (loading) return loading;
    const t0 = win.performance.now();
    loading = loader.load().then((create) => {
      loading = null;
      failed = !create;
      if (!create) return;
      loadMs ??= win.performance.now() - t0;
      update();
    });
    return loading;
  };
  const update = () => {
    if (ctx.signal.aborted) return;
    const drawn = layers.map((l) => l.draw() || null);
    if (drawn.every((v) => v === null)) renderer?.clear();
    else if (made()) renderer?.render(drawn);
    else void load();
  };
  // Capture phase at the window: sees every Escape, in the page and in the UI alike (the host stops key events
  // from reaching the page only as they bubble), and sees it once.
  on(win, 'keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') closeTopmost();
  });
  settings.onChange(update);
  ctx.onInvalidated(() => renderer?.destroy());
  return {
    add(z, draw, onEscape) {
      layers.push({ z, draw, onEscape });
      layers.sort((a, b) => a.z - b.z);
    },
    onKey: (fn) => void keys.push(fn),
    update,
    prepare: () => {
      if (!failed && !loader.ready()) void load();
    },
    drawn: () => (made() ? Promise.resolve() : load()),
    isInside: (event) => renderer?.isInside(event) ?? false,
    isOwn: (node) => renderer?.isOwn(node) ?? false,
    find: (selector) => renderer?.find(selector) ?? null,
    testAttribute: (name, value) => renderer?.testAttribute(name, value),
    get element() {
      return renderer?.element ?? null;
    },
    get loadMs() {
      return loadMs;
    },
  };
}
