/**
 * The policy in the background: reads `storage.managed`, writes managed values into the settings every context
 * already reads (so the popover, popup and options follow with no change of their own), puts the policy's
 * organisation notes in place of imported ones, and asks the site sync to enable the policy's sites (those whose
 * host permission the browser has granted; the options page offers the rest in one click). Runs at start-up, on
 * every policy change (no restart) and after any settings write (a locked value written by an import or another
 * synced browser is put back). Pure wiring over an injected API slice.
 */
import { readStoredOrgNotes, toStoredOrgNotes } from '../imports/stored-imports';
import { loadSettings, toSyncBlob } from '../settings/storage';
import { applyPolicy, type SeededPresets } from './apply-policy';
import { parsePolicy } from './parse-policy';
import type { ParsedPolicy } from './types';

type Area = {
  get(key?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

/** The slice of the WebExtension API the policy layer uses. */
export interface PolicyApi {
  storage: {
    /** Missing or rejecting (Firefox without a policy) means "no policy". */
    managed?: { get(): Promise<Record<string, unknown>> };
    sync: Area;
    local: Area;
    onChanged: { addListener(fn: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/** What the background needs from the site sync (lib/background/sites.ts). */
export interface PolicyHooks {
  /** Enables `origins` whose host permission is granted; others stay pending. */
  enableSites(origins: string[]): Promise<unknown>;
}

/** `storage.local` key remembering which preset values were written (apply-policy.ts). */
export const SEEDED_KEY = 'policySeeded';

/** Reads the managed storage; any failure is "no policy". */
export async function readPolicy(api: PolicyApi): Promise<ParsedPolicy> {
  const raw = await Promise.resolve(api.storage.managed?.get()).catch(() => undefined);
  return parsePolicy(raw ?? {});
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One pass: applies the current policy; writes only what changes (every write wakes each open page). */
export async function applyManagedPolicy(api: PolicyApi, hooks: PolicyHooks): Promise<ParsedPolicy> {
  const parsed = await readPolicy(api);
  const { policy } = parsed;
  const stores = {
    sync: { get: async () => (await api.storage.sync.get('settings')).settings, set: async () => {} },
    local: { get: async () => (await api.storage.local.get('settings')).settings, set: async () => {} },
  };
  const current = (await loadSettings(stores)).value;
  const local = await api.storage.local.get([SEEDED_KEY, 'orgNotes']);
  const seeded = (local[SEEDED_KEY] ?? {}) as SeededPresets;
  const next = applyPolicy(current, policy, seeded);
  if (!same(toSyncBlob(next.settings), toSyncBlob(current)))
    await api.storage.sync.set({ settings: toSyncBlob(next.settings) });
  const localWrites: Record<string, unknown> = {};
  if (!same(next.seeded, seeded)) localWrites[SEEDED_KEY] = next.seeded;
  if (policy.orgNotes && !same(readStoredOrgNotes(local.orgNotes).value, policy.orgNotes))
    localWrites.orgNotes = toStoredOrgNotes(policy.orgNotes);
  if (Object.keys(localWrites).length > 0) await api.storage.local.set(localWrites);
  const sites = policy.sites ?? [];
  if (sites.some((o) => !next.settings.enabledSites.includes(o))) await hooks.enableSites(sites);
  return parsed;
}

/** Installs the listeners; returns a serialised `apply` (for tests and start-up). */
export function installPolicy(api: PolicyApi, hooks: PolicyHooks) {
  let chain: Promise<unknown> = Promise.resolve();
  const apply = (): Promise<ParsedPolicy> => {
    const run = chain.then(() => applyManagedPolicy(api, hooks));
    chain = run.catch(() => undefined);
    return run;
  };
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || ((area === 'sync' || area === 'local') && 'settings' in changes))
      void apply().catch(() => undefined);
  });
  void apply().catch(() => undefined);
  return { apply };
}
