/** Recent lookups: the popup's short, clearable history of codes (codes only, never page text). */
import { codeOrUndefined } from '../codes';
import { SETTINGS_LIMITS, type Settings } from './types';

/**
 * Returns settings with `code` moved to the front of the recent lookups (capped at
 * {@link SETTINGS_LIMITS.maxRecentLookups}). Anything that is not a well-formed code is ignored,
 * so free text typed in the search box can never be stored.
 */
export function withRecentLookup(settings: Settings, code: string): Settings {
  const c = codeOrUndefined(code);
  if (c === undefined) return settings;
  const rest = settings.recentLookups.filter((x) => x !== c);
  return { ...settings, recentLookups: [c, ...rest].slice(0, SETTINGS_LIMITS.maxRecentLookups) };
}

/** Returns settings with the recent lookups emptied. */
export function withoutRecentLookups(settings: Settings): Settings {
  return { ...settings, recentLookups: [] };
}
