// @vitest-environment happy-dom
/**
 * The UI script loads on first need (entrypoints/content/ui-layers.ts, ui-loader.ts): never while nothing is
 * drawn, once however many draws wait for it, never drawn into after the content script is retired, and
 * asked again after a failed load.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type CreateRenderer, UI_GLOBAL } from '../../../entrypoints/content/ui-contract';
import { initHoverPopover, PRELOAD_UI_BELOW_DELAY_MS } from '../../../entrypoints/content/features/hover-popover';
import { initKeyboardPanel } from '../../../entrypoints/content/features/keyboard-panel';
import { uiLayers } from '../../../entrypoints/content/ui-layers';
import { MatchStore } from '../../../lib/page/match-store';
import { injectedUi } from '../../../entrypoints/content/ui-loader';
import { createRenderer } from '../../../entrypoints/content-ui/views';
import { matchOn, panelView, pointedHighlight, recordingDetails, surroundings } from './harness';

/** A world where the UI script has not run; `inject()` runs it when the test says (`land`) or fails. */
function lazyWorld() {
  const world: Record<string, unknown> = {};
  const asks: { land(ok: boolean): void }[] = [];
  const inject = () =>
    new Promise<void>((resolve, reject) => {
      asks.push({
        land: (ok) => {
          if (!ok) return reject(new Error('no access to this frame'));
          world[UI_GLOBAL] = createRenderer;
          resolve();
        },
      });
    });
  return { world, asks, loader: injectedUi(world, inject) };
}

const host = () => document.querySelector('claimlens-ui');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('UI script loaded on first need', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('claimlens-ui')) el.remove();
  });

  it('is not asked for while nothing is drawn, and is asked once when the first layer draws', async () => {
    const { page, settings } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    let open = false;
    ui.add(10, () => open && panelView('64634'));
    ui.update();
    expect(asks).toHaveLength(0);
    open = true;
    ui.update();
    ui.update();
    expect(asks).toHaveLength(1);
    expect(host()).toBeNull();
    asks[0].land(true);
    await settle();
    expect(host()?.shadowRoot?.querySelector('.cl-panel')?.textContent).toContain('64634');
  });

  it('prepare() loads without drawing; the first draw after it needs no second ask', async () => {
    const { page, settings } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    let open = false;
    ui.add(10, () => open && panelView());
    ui.prepare();
    ui.prepare();
    expect(asks).toHaveLength(1);
    asks[0].land(true);
    await settle();
    expect(host()).toBeNull();
    expect(ui.loadMs).toBeGreaterThanOrEqual(0);
    open = true;
    ui.update();
    expect(host()?.shadowRoot?.querySelector('.cl-panel')).not.toBeNull();
    expect(asks).toHaveLength(1);
  });

  it('a load that lands after the script was retired draws nothing', async () => {
    const { page, settings, retire } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    ui.add(10, () => panelView());
    ui.update();
    retire();
    asks[0].land(true);
    await settle();
    expect(host()).toBeNull();
  });

  it('a failed load draws nothing and the next draw asks again', async () => {
    const { page, settings } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    ui.add(10, () => panelView());
    ui.update();
    asks[0].land(false);
    await settle();
    expect(host()).toBeNull();
    expect(asks).toHaveLength(1);
    ui.update();
    expect(asks).toHaveLength(2);
    asks[1].land(true);
    await ui.drawn();
    expect(host()?.shadowRoot?.querySelector('.cl-panel')).not.toBeNull();
  });

  it('after a failed load, prefetches ask no more (codes keep appearing); a draw still asks', async () => {
    const { page, settings } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    let open = false;
    ui.add(10, () => open && panelView());
    ui.prepare();
    asks[0].land(false);
    await settle();
    for (let i = 0; i < 5; i++) ui.prepare();
    expect(asks).toHaveLength(1);
    open = true;
    ui.update();
    expect(asks).toHaveLength(2);
    asks[1].land(true);
    await ui.drawn();
    expect(host()?.shadowRoot?.querySelector('.cl-panel')).not.toBeNull();
  });

  it('the panel’s opening time counts until it is drawn, the UI script’s injection included', async () => {
    const { page, settings } = surroundings();
    const { asks, loader } = lazyWorld();
    const ui = uiLayers(page, settings, loader);
    const store = new MatchStore();
    const m = matchOn('64634');
    store.set(m.node, [m]);
    const popover = { openByKeyboard: () => {}, onClosed: () => {} };
    const panel = initKeyboardPanel(page, { ui, highlight: { ...pointedHighlight(), store }, popover });
    panel.open();
    await settle();
    expect(panel.lastOpenMs).toBeUndefined();
    asks[0].land(true);
    await settle();
    expect(host()?.shadowRoot?.querySelector('.cl-panel [data-code="64634"]')).not.toBeNull();
    expect(panel.lastOpenMs).toBeGreaterThanOrEqual(0);
  });

  it('with a hover delay too short to cover the injection, codes appearing load the UI script', () => {
    for (const [hoverDelayMs, expected] of [
      [0, 1],
      [PRELOAD_UI_BELOW_DELAY_MS - 1, 1],
      [PRELOAD_UI_BELOW_DELAY_MS, 0],
      [300, 0],
    ] as const) {
      const { page, settings } = surroundings({ hoverDelayMs });
      const { asks, loader } = lazyWorld();
      const ui = uiLayers(page, settings, loader);
      const highlight = pointedHighlight();
      const claims = { linesFor: () => undefined, claimOf: () => undefined };
      initHoverPopover(page, { settings, ui, highlight, claims, details: recordingDetails() });
      highlight.emit({ added: [], removed: [], settled: false });
      expect(asks).toHaveLength(0);
      highlight.emit({ added: [matchOn('64634')], removed: [], settled: false });
      expect(asks, `hover delay ${hoverDelayMs} ms`).toHaveLength(expected);
    }
  });

  it('uses a renderer a previous instance already loaded into the world, without asking', () => {
    const { page, settings } = surroundings();
    const world: Record<string, unknown> = { [UI_GLOBAL]: createRenderer satisfies CreateRenderer };
    let asked = 0;
    const ui = uiLayers(
      page,
      settings,
      injectedUi(world, async () => void asked++),
    );
    ui.add(10, () => panelView());
    ui.update();
    expect(asked).toBe(0);
    expect(host()?.shadowRoot?.querySelector('.cl-panel')).not.toBeNull();
  });
});
