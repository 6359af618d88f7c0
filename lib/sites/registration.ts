/**
 * What the runtime-registered content script should look like for a set of enabled sites, and the one step
 * that takes the browser's current registration there. One registration (one id) covers every site; its
 * `matches` list is updated as sites come and go.
 */
import { originToMatchPattern } from '../settings/origins';

/** Id of ClaimLens's one runtime-registered content script. */
export const SITES_SCRIPT_ID = 'claimlens-sites';

/** The built content script (WXT writes entrypoints/content/ to `content-scripts/content.js`). */
export const CONTENT_SCRIPT_JS = 'content-scripts/content.js';

/** The registration shape `scripting.registerContentScripts` takes (the fields ClaimLens sets). */
export interface SiteScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The registration for `origins`, or `null` when no site is enabled. */
export function desiredRegistration(origins: readonly string[], js: string = CONTENT_SCRIPT_JS): SiteScriptRegistration | null {
  const matches = [...new Set(origins.map(originToMatchPattern))].sort();
  if (matches.length === 0) return null;
  return { id: SITES_SCRIPT_ID, matches, js: [js], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true };
}

/** The one change to make: nothing, register, update in place, or unregister. */
export type RegistrationStep =
  | { kind: 'none' }
  | { kind: 'register'; script: SiteScriptRegistration }
  | { kind: 'update'; script: SiteScriptRegistration }
  | { kind: 'unregister'; id: string };

/** The current registration as `scripting.getRegisteredContentScripts` reports it (fields read here). */
export interface CurrentRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
}

function same(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const x = [...(a ?? [])].sort();
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

/** Compares the browser's registrations with the desired one and returns the step to take. */
export function registrationStep(current: readonly CurrentRegistration[], desired: SiteScriptRegistration | null): RegistrationStep {
  const mine = current.find((r) => r.id === SITES_SCRIPT_ID);
  if (!desired) return mine ? { kind: 'unregister', id: SITES_SCRIPT_ID } : { kind: 'none' };
  if (!mine) return { kind: 'register', script: desired };
  const unchanged = same(mine.matches, desired.matches) && same(mine.js, desired.js)
    && mine.allFrames === desired.allFrames && (mine.runAt ?? 'document_idle') === desired.runAt;
  return unchanged ? { kind: 'none' } : { kind: 'update', script: desired };
}
