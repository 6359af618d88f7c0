/**
 * Site-enablement messages from the extension's own pages (popup, options) to the background, named
 * `uiToBg:*` (in the protocol map of protocol.ts). Every payload is validated; anything malformed is ignored.
 */
import { normalizeOrigin } from '../settings/origins';
import { SETTINGS_LIMITS } from '../settings/types';

/** Register the content script for origins whose host permission the user just granted. */
export interface EnableSitesRequest {
  type: 'uiToBg:enableSites';
  origins: string[];
}

/** Revoke an origin's host permission and unregister the content script there. */
export interface RemoveSiteRequest {
  type: 'uiToBg:removeSite';
  origin: string;
}

/** Re-sync registrations from the granted permissions and report the enabled sites. */
export interface ListSitesRequest {
  type: 'uiToBg:listSites';
}

/** Run ClaimLens once in a tab through `activeTab` (the popup's "Explain codes on this page once"). */
export interface RunOnceRequest {
  type: 'uiToBg:runOnce';
  tabId: number;
}

/** Any site request. */
export type SitesRequest = EnableSitesRequest | RemoveSiteRequest | ListSitesRequest | RunOnceRequest;

/** Answer to every site request: the enabled sites after the change and the registered match patterns. */
export type SitesResponse = { ok: true; sites: string[]; registered: string[] } | { ok: false; error: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a site request; returns a clean copy or `undefined`. */
export function parseSitesRequest(msg: unknown): SitesRequest | undefined {
  if (!isObject(msg)) return undefined;
  switch (msg.type) {
    case 'uiToBg:enableSites': {
      const raw = msg.origins;
      if (!Array.isArray(raw) || raw.length === 0 || raw.length > SETTINGS_LIMITS.maxSites) return undefined;
      const origins = raw.map(normalizeOrigin);
      if (origins.some((o) => o === undefined)) return undefined;
      return { type: msg.type, origins: [...new Set(origins as string[])] };
    }
    case 'uiToBg:removeSite': {
      const origin = normalizeOrigin(msg.origin);
      return origin ? { type: msg.type, origin } : undefined;
    }
    case 'uiToBg:listSites':
      return { type: msg.type };
    case 'uiToBg:runOnce':
      return typeof msg.tabId === 'number' && Number.isInteger(msg.tabId) && msg.tabId >= 0
        ? { type: msg.type, tabId: msg.tabId }
        : undefined;
    default:
      return undefined;
  }
}
