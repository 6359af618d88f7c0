/**
 * An organisation's policy for the e2e extension, set the way IT sets it on Linux: a JSON file in Chromium's
 * managed-policy folder with `3rdparty.extensions.<id>`, which Chromium exposes to the extension as
 * `storage.managed` and re-reads when the file changes. Writing there needs root (CI runs as root); the file is
 * removed again by `remove()`, and only this extension's id is named, so other browsers on the machine get nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where Debian's Chromium reads mandatory policies. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** A policy file in place; `update` rewrites it (a live policy change), `remove` deletes it. */
export interface ChromiumPolicy {
  extensionId: string;
  update(policy: Record<string, unknown>): void;
  remove(): void;
}

/** Writes the policy for the unpacked extension in `extensionDir`; throws with a how-to when it cannot. */
export function writeChromiumPolicy(extensionDir: string, policy: Record<string, unknown>): ChromiumPolicy {
  const extensionId = unpackedExtensionId(extensionDir);
  const created: string[] = [];
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', CHROMIUM_POLICY_DIR]) {
    if (existsSync(dir)) continue;
    try {
      mkdirSync(dir);
    } catch {
      throw new Error(`e2e: cannot create ${dir} for the managed-policy test: run the e2e tests as root (CI does).`);
    }
    created.push(dir);
  }
  const file = join(CHROMIUM_POLICY_DIR, `claimlens-e2e-${process.pid}.json`);
  const update = (next: Record<string, unknown>) =>
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: next } } }, null, 2));
  update(policy);
  return {
    extensionId,
    update,
    remove: () => {
      rmSync(file, { force: true });
      for (const dir of created.reverse()) if (readdirSync(dir).length === 0) rmdirSync(dir);
    },
  };
}
