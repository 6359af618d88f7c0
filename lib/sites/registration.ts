/**
 * What the runtime-registered content scripts should look like for a set of enabled sites, and the steps that
 * take the browser's current registrations there. Two registrations cover every site, each under its own id,
 * with the same `matches` list (updated as sites come and go):
 * - `claimlens-sites`: the content script itself (`content-scripts/content.js`, `document_idle`);
 * - `claimlens-sites-style`: a tiny script that only adopts the constant `::highlight()` stylesheet at
 *   `document_start`. Adopting that sheet after the page has rendered makes Chromium recompute the style of
 *   the whole document (a 1 s task on a 10k-row page); adopted before the page has elements it costs nothing.
 *   The content script reuses the sheet when it finds it.
 * The style script is registered whenever the content script is, and for exactly the same sites.
 * Both also run in frames without a URL of their own (`about:blank`, `about:srcdoc`, `blob:`, `data:`) whose
 * origin falls back to an enabled site (`matchOriginAsFallback`): portals render EOB and claim previews that
 * way. That grants nothing beyond the enabled sites: the frame's origin must still match one of them.
 */
import { originToMatchPattern } from '../settings/origins';

/** Id of the runtime registration of the content script (`content-scripts/content.js`). */
export const SITES_SCRIPT_ID = 'claimlens-sites';

/** Id of the runtime registration of the `document_start` highlight-sheet script. */
export const SITES_STYLE_SCRIPT_ID = 'claimlens-sites-style';

/** Every registration id ClaimLens owns; a registration under one of these that is not wanted is removed. */
export const SITE_SCRIPT_IDS: readonly string[] = [SITES_SCRIPT_ID, SITES_STYLE_SCRIPT_ID];

/** The built content script (WXT writes entrypoints/content/ to `content-scripts/content.js`). */
export const CONTENT_SCRIPT_JS = 'content-scripts/content.js';

/**
 * The built in-page UI script (WXT writes the unlisted script entrypoints/content-ui/ to this path). Never
 * registered and never web-accessible: the background injects it into a frame whose content script asks
 * (lib/background/ui-script.ts).
 */
export const UI_SCRIPT_JS = 'content-ui.js';

/** The built highlight-sheet script (WXT writes entrypoints/highlight-sheet.content.ts to this path). */
export const HIGHLIGHT_SHEET_JS = 'content-scripts/highlight-sheet.js';

/** When a registered script runs (the values ClaimLens uses). */
export type SiteScriptRunAt = 'document_start' | 'document_idle';

/** The registration shape `scripting.registerContentScripts` takes (the fields ClaimLens sets). */
export interface SiteScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  matchOriginAsFallback: boolean;
  runAt: SiteScriptRunAt;
  persistAcrossSessions: boolean;
}

/**
 * The registrations for `origins`: the content script and the highlight-sheet script, in that order, with
 * the same sorted, de-duplicated match patterns, in all frames (including URL-less frames of those sites),
 * kept across browser sessions. Empty when no site is enabled.
 */
export function desiredRegistrations(origins: readonly string[]): SiteScriptRegistration[] {
  const matches = [...new Set(origins.map(originToMatchPattern))].sort();
  if (matches.length === 0) return [];
  const common = { allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true };
  return [
    { id: SITES_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_JS], runAt: 'document_idle', ...common },
    { id: SITES_STYLE_SCRIPT_ID, matches: [...matches], js: [HIGHLIGHT_SHEET_JS], runAt: 'document_start', ...common },
  ];
}

/** The change to make for one registration id: nothing, register, update in place, or unregister. */
export type RegistrationStep =
  | { kind: 'none'; id: string }
  | { kind: 'register'; script: SiteScriptRegistration }
  | { kind: 'update'; script: SiteScriptRegistration }
  | { kind: 'unregister'; id: string };

/** A current registration as `scripting.getRegisteredContentScripts` reports it (fields read here). */
export interface CurrentRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}

function sameSet(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const x = [...(a ?? [])].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function matchesDesired(mine: CurrentRegistration, desired: SiteScriptRegistration): boolean {
  return (
    sameSet(mine.matches, desired.matches) &&
    sameSet(mine.js, desired.js) &&
    mine.allFrames === desired.allFrames &&
    // A registration from before frames without a URL were covered lacks it (false): updated in place.
    (mine.matchOriginAsFallback ?? false) === desired.matchOriginAsFallback &&
    (mine.runAt ?? 'document_idle') === desired.runAt &&
    // Not every browser reports it; when reported it must match (a non-persistent script vanishes on restart).
    (mine.persistAcrossSessions === undefined || mine.persistAcrossSessions === desired.persistAcrossSessions)
  );
}

/**
 * Compares the browser's registrations with the desired ones and returns one step per id ClaimLens owns
 * (`SITE_SCRIPT_IDS`, in that order): `register` when wanted but missing (so a stale state holding only one
 * of the two ids is repaired), `update` when present but different, `unregister` when present but not wanted,
 * else `none`. Registrations under other ids are never touched.
 */
export function registrationSteps(
  current: readonly CurrentRegistration[],
  desired: readonly SiteScriptRegistration[],
): RegistrationStep[] {
  return SITE_SCRIPT_IDS.map((id): RegistrationStep => {
    const mine = current.find((r) => r.id === id);
    const want = desired.find((d) => d.id === id);
    if (!want) return mine ? { kind: 'unregister', id } : { kind: 'none', id };
    if (!mine) return { kind: 'register', script: want };
    return matchesDesired(mine, want) ? { kind: 'none', id } : { kind: 'update', script: want };
  });
}

/** The steps grouped into the `scripting` calls that carry them out (an empty list means no call). */
export interface RegistrationCalls {
  unregister: string[];
  register: SiteScriptRegistration[];
  update: SiteScriptRegistration[];
}

/**
 * Groups steps by kind, so each kind is one `scripting` call. Chromium applies a call's scripts all or none
 * (a duplicate id or a missing file fails the whole call), so one failing call never registers just one of
 * the two scripts; whatever state a failure leaves, the next sync repairs it step by step.
 */
export function registrationCalls(steps: readonly RegistrationStep[]): RegistrationCalls {
  const calls: RegistrationCalls = { unregister: [], register: [], update: [] };
  for (const step of steps) {
    if (step.kind === 'unregister') calls.unregister.push(step.id);
    else if (step.kind === 'register') calls.register.push(step.script);
    else if (step.kind === 'update') calls.update.push(step.script);
  }
  return calls;
}
