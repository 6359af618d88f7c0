/**
 * The user's settings as the features see them: defaults until storage answers, then the stored settings,
 * then every change (settings or imports) as it happens. Features subscribe instead of reading storage.
 */
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';
import type { AppContext } from './content-context';
import { readSettings, watchSettings } from '../../components/extension/storage-items';

/** Settings that follow storage. */
export interface LiveSettings {
  /** The settings now (defaults until {@link LiveSettings.ready} resolves). */
  readonly current: Settings;
  /** Called after every change, the first read included. */
  onChange(fn: (s: Settings) => void): void;
  /** Resolves once the stored settings were read and applied. */
  readonly ready: Promise<void>;
}

/** Starts reading settings now (storage answers asynchronously) and follows changes until invalidation. */
export function liveSettings(ctx: AppContext): LiveSettings {
  let current = defaultSettings();
  const listeners: ((s: Settings) => void)[] = [];
  const apply = (next: Settings) => {
    if (ctx.signal.aborted) return;
    current = next;
    for (const fn of listeners) fn(next);
  };
  const first = readSettings();
  // Imports change what the details say (imported descriptors, organisation notes): refresh like settings.
  ctx.onInvalidated(watchSettings(() => void readSettings().then(apply), { imports: true }));
  return {
    get current() {
      return current;
    },
    onChange: (fn) => void listeners.push(fn),
    ready: first.then(apply),
  };
}
