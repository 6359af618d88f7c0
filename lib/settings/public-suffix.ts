/**
 * Refuses site wildcards over a public suffix. `https://*.co.uk` or `https://*.github.io` passes the shape
 * check (two labels after `*.`) but matches every site registered under that suffix, owned by unrelated
 * parties: granting it would let ClaimLens read pages of thousands of strangers' sites. The Public Suffix
 * List (ICANN and private sections, as bundled in `tldts`) says where registrable names begin.
 *
 * Kept out of `origins.ts` on purpose: `tldts` carries the list (about 47 KB gzip), and the content script
 * reads settings through `origins.ts`; only the places where a site is added (options page, settings
 * import, background, managed policy) need this check.
 */
import { parse } from 'tldts';

/** Why `origin` (canonical, see `normalizeOrigin`) may not be enabled, or `undefined` when it may. */
export function publicSuffixWildcard(origin: string): string | undefined {
  const host = /^https?:\/\/([^/:]+)/.exec(origin)?.[1];
  if (!host?.startsWith('*.')) return undefined;
  const rest = host.slice(2);
  if (parse(rest, { allowPrivateDomains: true }).publicSuffix !== rest) return undefined;
  return `${origin} would match every site under the public suffix "${rest}", owned by unrelated parties; enable your organisation's own domain instead (e.g. https://*.example.${rest})`;
}
