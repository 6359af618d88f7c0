/**
 * A content-script instance's surroundings for feature tests in happy-dom: a context that the test retires
 * (`retire()`, like WXT's invalidation), default settings, the real UI layers with the UI script already
 * loaded (its lazy loading: ui-layers.test.tsx), and page matches on real text nodes. Timers are the window's, so `vi.useFakeTimers()` drives them.
 */
import type { CodeDetailsResponse } from '../../../lib/messages';
import type { PageMatch } from '../../../lib/page/match-store';
import type { MatchChange } from '../../../lib/page/page-scanner';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';
import { type ContentContext, contentContext } from '../../../entrypoints/content/content-context';
import type { LiveSettings } from '../../../entrypoints/content/live-settings';
import type { View } from '../../../entrypoints/content/ui-contract';
import type { UiLoader } from '../../../entrypoints/content/ui-loader';
import { type UiLayers, uiLayers } from '../../../entrypoints/content/ui-layers';
import { createRenderer } from '../../../entrypoints/content-ui/views';

export interface Surroundings {
  page: ContentContext;
  settings: LiveSettings;
  ui: UiLayers;
  retire(): void;
}

/**
 * happy-dom's events have no `isTrusted`: here an event counts as the user's unless a test marks it as the
 * page's with {@link fromPage} (the real filter, `isTrusted === true`, is tested on its own).
 */
const asUser = (e: Event) => e.isTrusted !== false;

/** Marks `e` as dispatched by a page script (`isTrusted: false`), as a hostile page's synthetic events are. */
export function fromPage<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: false });
  return e;
}

/** The UI script as if already injected into this world. */
export const loadedUi: UiLoader = { ready: () => createRenderer, load: () => Promise.resolve(createRenderer) };

/** The previous test's instance: a new one retires it, as a newer content script does (lifetime.ts). */
let retirePrevious: (() => void) | undefined;

export function surroundings(overrides: Partial<Settings['preferences']> = {}): Surroundings {
  retirePrevious?.();
  const controller = new AbortController();
  retirePrevious = () => controller.abort();
  const ctx = {
    signal: controller.signal,
    onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb),
  };
  const page = contentContext(ctx, document, window, asUser);
  const base = defaultSettings();
  const current: Settings = { ...base, preferences: { ...base.preferences, ...overrides } };
  const settings: LiveSettings = { current, onChange: () => {}, ready: Promise.resolve() };
  return { page, settings, ui: uiLayers(page, settings, loadedUi), retire: () => controller.abort() };
}

/** A match for `code`, on a text node of its own in the body. */
export function matchOn(code: string): PageMatch {
  const el = document.createElement('span');
  el.textContent = code;
  document.body.append(el);
  return {
    code,
    system: /^\d/.test(code) ? 'CPT' : 'HCPCS',
    category: 'I',
    start: 0,
    end: code.length,
    modifiers: [],
    units: null,
    addOnMarker: false,
    role: 'billed',
    node: el.firstChild as Text,
  } as PageMatch;
}

/** A details client that records requests and answers each with an error (enough for the popover's frame). */
export function recordingDetails() {
  const requests: string[] = [];
  const answer: CodeDetailsResponse = { ok: false, error: 'test answer' };
  return {
    requests,
    get: (code: string) => {
      requests.push(code);
      return Promise.resolve(answer);
    },
    warmUp: () => {},
    clear: () => {},
  };
}

/** A highlight feature whose "code under the pointer" is whatever the test says. */
export function pointedHighlight() {
  const listeners: ((c: MatchChange) => void)[] = [];
  const h = {
    under: undefined as PageMatch | undefined,
    matchAt: () => h.under,
    pageCodes: () => [],
    onChange: (fn: (c: MatchChange) => void) => void listeners.push(fn),
    emit: (c: MatchChange) => {
      for (const fn of listeners) fn(c);
    },
  };
  return h;
}

/** Moves the pointer (the feature hit-tests it in the next animation frame). */
export function pointerMove(x = 10, y = 10): void {
  window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
}

/** The UI host's shadow root, if the host exists. */
export function uiRoot(): ShadowRoot | null {
  return document.querySelector('claimlens-ui')?.shadowRoot ?? null;
}

/** The keyboard panel's view, listing `code`. */
export const panelView = (code = '99213'): View => ({
  view: 'panel',
  props: { codes: [{ code, count: 1 }], onOpen: () => {}, onClose: () => {}, claim: [] },
});

/** A code popover's view, loading `code`. */
export const popoverView = (code = '99213'): View => ({
  view: 'popover',
  props: {
    content: { kind: 'loading', code },
    anchor: { left: 10, top: 10, right: 50, bottom: 24 },
    viewport: { width: 800, height: 600 },
    pinned: false,
    onPin: () => {},
    onClose: () => {},
  },
});
