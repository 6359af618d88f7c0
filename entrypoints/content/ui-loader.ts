/**
 * Loads the UI script (entrypoints/content-ui/) into this frame on first need: the background injects it
 * into the sender's own frame (lib/background/ui-script.ts), and it leaves its renderer on the isolated
 * world's global (ui-contract.ts). A renderer already there (a previous instance of the content script loaded
 * it) is used without asking. A failed load is forgotten, so the next need asks again.
 */
import { askBackground } from '../../components/extension/ask-background';
import { type CreateRenderer, UI_GLOBAL } from './ui-contract';

/** Where the UI layers get their renderer from. */
export interface UiLoader {
  /** The renderer, when the UI script has run in this world. */
  ready(): CreateRenderer | undefined;
  /** Loads the UI script if needed; undefined when it could not be loaded. */
  load(): Promise<CreateRenderer | undefined>;
}

/** A loader over the isolated world's `global`, asking `inject` (default: the background) to run the script. */
export function injectedUi(
  global: object,
  inject: () => Promise<unknown> = () => askBackground({ type: 'csToBg:loadUi' }),
): UiLoader {
  let pending: Promise<CreateRenderer | undefined> | null = null;
  const ready = () => {
    const create = (global as Record<string, unknown>)[UI_GLOBAL];
    return typeof create === 'function' ? (create as CreateRenderer) : undefined;
  };
  return {
    ready,
    load() {
      const create = ready();
      if (create) return Promise.resolve(create);
      pending ??= inject()
        .catch(() => undefined)
        .then(() => {
          pending = null;
          return ready();
        });
      return pending;
    },
  };
}
