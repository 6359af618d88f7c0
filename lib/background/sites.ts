/**
 * Site enablement in the background. Granted host permissions are the truth (lib/sites/reconcile.ts): on install, start-up, a
 * permission added or removed, and every `uiToBg:*` site request, the enabled-site list in `local:settings`
 * and the two runtime-registered content scripts (the content script, and the `document_start` script that
 * adopts the highlight stylesheet; lib/sites/registration.ts) are brought in line with `permissions.getAll()`.
 * Pure wiring over an injected API slice (no globals), so it runs under test with a fake.
 */
import { parseSettings } from '../settings/parse-settings';
import { publicSuffixWildcard } from '../settings/public-suffix';
import { type SettingsStore, toLocalBlob } from '../settings/storage';
import { originToMatchPattern } from '../sites/match-patterns';
import { reconcileSites } from '../sites/reconcile';
import { listener, parseSitesRequest, type SitesRequest, type SitesResponse } from '../messages';
import {
  desiredRegistrations,
  registrationCalls,
  registrationSteps,
  SITES_SCRIPT_ID,
  type CurrentRegistration,
  type SiteScriptRegistration,
} from '../sites/registration';
import { injectOnce, type InjectApi } from './one-off';

type Event<A extends unknown[]> = { addListener(fn: (...args: A) => void): void };
type Origins = { origins?: string[] };

/** The slice of the WebExtension API site enablement uses. */
export interface SitesApi extends InjectApi {
  runtime: InjectApi['runtime'] & {
    getManifest(): { manifest_version: number; host_permissions?: string[] };
    onInstalled?: Event<[unknown]>;
    onStartup?: Event<[]>;
    onMessage: { addListener(fn: (msg: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void };
  };
  permissions: {
    getAll(): Promise<Origins>;
    remove(p: Origins): Promise<boolean>;
    onAdded?: Event<[Origins]>;
    onRemoved?: Event<[Origins]>;
  };
  scripting: InjectApi['scripting'] & {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<CurrentRegistration[]>;
    registerContentScripts(scripts: SiteScriptRegistration[]): Promise<void>;
    updateContentScripts(scripts: SiteScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Result of one sync: enabled origins and the match patterns now registered. */
export interface SitesState {
  sites: string[];
  registered: string[];
}

/** Brings the stored list and the registration in line with the granted permissions (plus a user change). */
export async function syncSites(
  api: SitesApi,
  localSettings: SettingsStore,
  change: { add?: string[]; drop?: string[] } = {},
): Promise<SitesState> {
  const required = api.runtime.getManifest().host_permissions ?? [];
  const stored = parseSettings(await localSettings.get()).value;
  const granted = (await api.permissions.getAll()).origins ?? [];
  const sites = reconcileSites({ granted, required, stored: stored.enabledSites, ...change });
  const desired = desiredRegistrations(sites);
  const calls = registrationCalls(registrationSteps(await api.scripting.getRegisteredContentScripts(), desired));
  if (calls.unregister.length > 0) await api.scripting.unregisterContentScripts({ ids: calls.unregister });
  if (calls.update.length > 0) await api.scripting.updateContentScripts(calls.update);
  if (calls.register.length > 0) await api.scripting.registerContentScripts(calls.register);
  const same = stored.enabledSites.length === sites.length && stored.enabledSites.every((s, i) => s === sites[i]);
  // Write only on change: every write wakes each open page's settings listener.
  if (!same) await localSettings.set(toLocalBlob({ ...stored, enabledSites: sites }));
  return { sites, registered: desired.find((d) => d.id === SITES_SCRIPT_ID)?.matches ?? [] };
}

/** Installs the listeners and the `uiToBg:*` message handler; returns a serialised `sync` (for tests). */
export function installSites(
  api: SitesApi,
  localSettings: SettingsStore,
  options: { lockedSites?: () => Promise<string[]> } = {},
) {
  // One sync at a time: overlapping register/update calls would race on the script ids (a second register of
  // an id fails the whole call).
  let chain: Promise<unknown> = Promise.resolve();
  const sync = (change?: { add?: string[]; drop?: string[] }): Promise<SitesState> => {
    const next = chain.then(() => syncSites(api, localSettings, change));
    chain = next.catch(() => undefined);
    return next;
  };
  const resync = () => void sync().catch(() => undefined);
  api.runtime.onInstalled?.addListener(resync);
  api.runtime.onStartup?.addListener(resync);
  api.permissions.onAdded?.addListener(resync);
  api.permissions.onRemoved?.addListener(resync);

  const handle = async (req: SitesRequest): Promise<SitesResponse> => {
    try {
      if (req.type === 'uiToBg:removeSite') {
        // A site the organisation's policy locks stays (lib/policy); the options page disables its Remove.
        if ((await options.lockedSites?.())?.includes(req.origin))
          return { ok: false, error: 'This site is set by your organisation and cannot be removed.' };
        // A required (manifest) permission cannot be removed; the site still leaves the list.
        await api.permissions.remove({ origins: [originToMatchPattern(req.origin)] }).catch(() => false);
        return { ok: true, ...(await sync({ drop: [req.origin] })) };
      }
      if (req.type === 'uiToBg:enableSites') {
        const refused = req.origins.map(publicSuffixWildcard).find((r) => r !== undefined);
        if (refused) return { ok: false, error: refused };
      }
      if (req.type === 'uiToBg:runOnce') await injectOnce(api, req.tabId);
      // enableSites: the page asked for the permission from the click; only granted origins are kept.
      return { ok: true, ...(await sync(req.type === 'uiToBg:enableSites' ? { add: req.origins } : {})) };
    } catch {
      return {
        ok: false,
        error: 'ClaimLens could not change site access. Try again, or check the browser’s extension settings.',
      };
    }
  };
  api.runtime.onMessage.addListener(listener(api.runtime.id, parseSitesRequest, handle));
  return { sync };
}
