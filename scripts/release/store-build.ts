/**
 * What makes a build output fit for a store package. The e2e variant (`npm run build:e2e`) has host access to
 * 127.0.0.1/localhost and static content scripts there; it must never be zipped, whatever its folder is called.
 */

/** The manifest fields the check reads. */
export interface PackagedManifest {
  name?: unknown;
  version?: unknown;
  host_permissions?: unknown;
  content_scripts?: unknown;
  [key: string]: unknown;
}

const LOOPBACK = /\b(127\.0\.0\.1|localhost)\b/;

/** Why `manifest` may not be packaged for a store; empty when it may. */
export function storeBuildProblems(manifest: PackagedManifest, expectedVersion: string): string[] {
  const out: string[] = [];
  if (manifest.version !== expectedVersion)
    out.push(`manifest version ${JSON.stringify(manifest.version)} is not package.json's ${expectedVersion}`);
  if (Array.isArray(manifest.host_permissions) && manifest.host_permissions.length > 0)
    out.push(
      `host_permissions ${JSON.stringify(manifest.host_permissions)} (the e2e variant; sites are granted at runtime)`,
    );
  if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length > 0)
    out.push('static content_scripts (the e2e variant; content scripts are registered at runtime per enabled site)');
  if (LOOPBACK.test(JSON.stringify(manifest))) out.push('the manifest names 127.0.0.1 or localhost (test-only access)');
  return out;
}

/** Development JSX (`jsxDEV` source locations): the mark of a build that ran with a non-production NODE_ENV. */
const DEV_JSX = /fileName:\s*[\w$]+\s*,\s*lineNumber:|"?fileName"?:\s*"[^"]*"\s*,\s*"?lineNumber"?:/;

/**
 * Why the built files may not be packaged: a development bundle, or the build machine's paths (`root`, the
 * checkout the build ran in) inside any file. Text files only (`.js`, `.css`, `.html`, `.json`).
 */
export function storeFileProblems(files: { path: string; bytes: Uint8Array }[], root: string): string[] {
  const out: string[] = [];
  const decoder = new TextDecoder();
  for (const { path, bytes } of files) {
    if (!/\.(m?js|css|html|json)$/.test(path)) continue;
    const text = decoder.decode(bytes);
    if (text.includes(root)) out.push(`${path} contains the build machine's path ${root}`);
    else if (DEV_JSX.test(text)) out.push(`${path} is a development bundle (JSX source locations)`);
  }
  return out;
}
