/**
 * The trust-relevant part of a built manifest, and the hard rules that hold whatever the snapshot says
 * (updating a snapshot must never be enough to ship broad access or remote code).
 */
import type { BuiltManifest } from '../harness';

/** Keys a reviewer cares about; a key the build does not emit is recorded as `null`, so adding it shows. */
export function trustView(m: BuiltManifest): Record<string, unknown> {
  const specific = m.browser_specific_settings as
    | { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> }
    | undefined;
  const gecko = specific?.gecko;
  const pick = (key: string) => (key in m ? m[key] : null);
  return {
    manifest_version: m.manifest_version,
    permissions: pick('permissions'),
    optional_permissions: pick('optional_permissions'),
    host_permissions: pick('host_permissions'),
    optional_host_permissions: pick('optional_host_permissions'),
    content_security_policy: pick('content_security_policy'),
    web_accessible_resources: pick('web_accessible_resources'),
    content_scripts: pick('content_scripts'),
    externally_connectable: pick('externally_connectable'),
    commands: pick('commands'),
    gecko: gecko
      ? {
          id: gecko.id ?? null,
          strict_min_version: gecko.strict_min_version ?? null,
          data_collection_permissions: gecko.data_collection_permissions ?? null,
        }
      : null,
    gecko_android: specific?.gecko_android
      ? { strict_min_version: specific.gecko_android.strict_min_version ?? null }
      : null,
  };
}

const BROAD = /<all_urls>|^\*:\/\/\*\/\*$|^https?:\/\/\*\/\*$|^file:/;

/** Violations of rules no snapshot update can waive (DEVELOPERS.md rules 1–2). */
export function hardRuleViolations(m: BuiltManifest, browser: 'chrome' | 'firefox'): string[] {
  const out: string[] = [];
  if (JSON.stringify(m).includes('<all_urls>')) out.push('manifest mentions <all_urls>');
  for (const p of m.host_permissions ?? [])
    out.push(`host_permissions grants ${p} at install (sites are granted at runtime only)`);
  for (const p of m.permissions ?? [])
    if (BROAD.test(p) || p.includes('://')) out.push(`permissions holds a host pattern ${p}`);
  for (const cs of m.content_scripts ?? [])
    out.push(
      `static content script on ${JSON.stringify(cs.matches)} (content scripts are registered at runtime per granted site)`,
    );
  const csp = m.content_security_policy?.extension_pages ?? '';
  const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.trim();
  if (connect !== "'self'" && connect !== "'none'")
    out.push(`extension-pages CSP connect-src is ${connect ?? 'missing'} (must be 'self' or 'none')`);
  if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/.test(csp))
    out.push(`extension-pages CSP relaxes script loading: ${csp}`);
  if ('externally_connectable' in m) out.push('externally_connectable lets web pages message the extension');
  for (const war of (m.web_accessible_resources ?? []) as { matches?: string[]; use_dynamic_url?: boolean }[]) {
    if (browser === 'chrome' && war.use_dynamic_url !== true)
      out.push('web_accessible_resources without use_dynamic_url');
    if ((war.matches ?? []).some((p) => BROAD.test(p)))
      out.push(`web_accessible_resources exposed to ${JSON.stringify(war.matches)}`);
  }
  if (browser === 'firefox') {
    const gecko = (
      m.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: string[] } } } | undefined
    )?.gecko;
    const required = gecko?.data_collection_permissions?.required;
    if (JSON.stringify(required) !== '["none"]')
      out.push(`gecko.data_collection_permissions.required is ${JSON.stringify(required)} (must be ["none"])`);
  }
  return out;
}
