/**
 * Conversions between enabled-site origins (`https://apps.availity.com`) and the host-permission match
 * patterns the browser grants (`https://apps.availity.com/*`). Wildcard and all-hosts patterns never map to a
 * site: a site is one concrete origin the user chose.
 */
import { normalizeOrigin, originToMatchPattern } from '../settings/origins';

export { originToMatchPattern };

const PATTERN = /^(https?):\/\/([^/*]+)\/\*$/;

/**
 * The origin a host-permission pattern grants, or `undefined` for anything that is not one concrete http(s)
 * host (`<all_urls>`, `*://…`, `https://*.x.com/*`, a path other than `/*`).
 */
export function matchPatternToOrigin(pattern: string): string | undefined {
  const m = PATTERN.exec(pattern);
  if (!m) return undefined;
  return normalizeOrigin(`${m[1]}://${m[2]}`);
}

/** The match pattern for a raw origin, or `undefined` when it is not a valid http(s) origin. */
export function patternForOrigin(raw: string): string | undefined {
  const origin = normalizeOrigin(raw);
  return origin ? originToMatchPattern(origin) : undefined;
}

/**
 * The origin of a page URL when ClaimLens could run there (http or https), else `undefined`
 * (`chrome://`, `file://`, the Web Store, extension pages).
 */
export function siteOriginOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return normalizeOrigin(parsed.origin);
}

/**
 * Origins the user granted: granted patterns minus the ones the manifest requires (an e2e or development
 * build's fixed host access is not a site the user enabled), sorted and de-duplicated.
 */
export function userGrantedOrigins(granted: readonly string[], requiredPatterns: readonly string[] = []): string[] {
  const required = new Set(requiredPatterns);
  const out = new Set<string>();
  for (const p of granted) {
    if (required.has(p)) continue;
    const origin = matchPatternToOrigin(p);
    if (origin) out.add(origin);
  }
  return [...out].sort();
}
