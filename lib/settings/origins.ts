/**
 * Validation of enabled-site origins. A site is stored as a bare http(s) origin
 * (`https://www.availity.com`), which maps one-to-one onto an optional host permission
 * (`https://www.availity.com/*`). Paths, queries, credentials and wildcards other than a leading
 * `*.` subdomain wildcard (which host permissions allow) are rejected.
 */

const MAX_ORIGIN_LENGTH = 300;
const ORIGIN_SHAPE = /^(https?):\/\/([^/:?#@\s]+)(?::(\d{1,5}))?\/?$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

function isValidHost(host: string): boolean {
  if (host === 'localhost' || IPV4.test(host)) return true;
  if (host.length > 253) return false;
  const labels = host.startsWith('*.') ? host.slice(2).split('.') : host.split('.');
  // A wildcard must leave a registrable-looking name (`*.example.com`, not `*.com`).
  const minLabels = host.startsWith('*.') ? 2 : 1;
  if (labels.length < minLabels) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  // The last label of a DNS name is never all digits (that would be a malformed IP).
  return !/^\d+$/.test(labels[labels.length - 1]);
}

/**
 * Returns the canonical origin (lower-case, default port dropped, no trailing slash) or
 * `undefined` when `raw` is not a strict http(s) origin.
 */
export function normalizeOrigin(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_ORIGIN_LENGTH) return undefined;
  const m = ORIGIN_SHAPE.exec(raw.trim().toLowerCase());
  if (!m) return undefined;
  const [, scheme, host, port] = m;
  if (!isValidHost(host)) return undefined;
  if (port !== undefined) {
    const n = Number(port);
    if (n < 1 || n > 65535 || port !== String(n)) return undefined;
  }
  const keepPort = port !== undefined && port !== DEFAULT_PORTS[scheme];
  return `${scheme}://${host}${keepPort ? `:${port}` : ''}`;
}

/**
 * The optional-host-permission match pattern for a canonical origin (`https://x.org` → `https://x.org/*`).
 * The port is dropped because Firefox match patterns do not accept one (a pattern matches every port).
 */
export function originToMatchPattern(origin: string): string {
  return `${origin.replace(/:\d+$/, '')}/*`;
}
