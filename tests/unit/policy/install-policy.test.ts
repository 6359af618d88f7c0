/**
 * The policy layer in the background over a fake `storage` (managed, sync, local, onChanged): presets written
 * once, locks put back after any write, policy notes in place of imported ones, sites handed to the site sync,
 * and a policy change applied at once (no restart).
 */
import { describe, expect, it } from 'vitest';
import { applyPolicy, isLocked, lockedSites } from '../../../lib/policy/apply-policy';
import { applyManagedPolicy, installPolicy, SEEDED_KEY, type PolicyApi } from '../../../lib/policy/install';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings } from '../../../lib/settings/storage';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** In-memory storage areas with onChanged, like the browser's. */
function fakeStorage(managed: Record<string, unknown> | 'reject' = {}) {
  const areas: Record<string, Record<string, unknown>> = {
    managed: managed === 'reject' ? {} : managed,
    sync: {},
    local: {},
  };
  const listeners: Listener[] = [];
  const writes: string[] = [];
  const emit = (area: string, changes: Record<string, unknown>) => {
    for (const l of listeners) l(changes, area);
  };
  const area = (name: 'sync' | 'local') => ({
    get: async (keys?: string | string[] | null) => {
      const all = structuredClone(areas[name]);
      if (keys == null) return all;
      return Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in all).map((k) => [k, all[k]]));
    },
    set: async (items: Record<string, unknown>) => {
      writes.push(`${name}:${Object.keys(items).join(',')}`);
      Object.assign(areas[name], structuredClone(items));
      emit(name, Object.fromEntries(Object.keys(items).map((k) => [k, {}])));
    },
  });
  const api: PolicyApi = {
    storage: {
      managed: {
        get: async () => {
          if (managed === 'reject') throw new Error('Managed storage manifest not found');
          return structuredClone(areas.managed);
        },
      },
      sync: area('sync'),
      local: area('local'),
      onChanged: { addListener: (fn) => listeners.push(fn) },
    },
  };
  const settings = async () =>
    (
      await loadSettings({
        sync: { get: async () => areas.sync.settings, set: async () => {} },
        local: { get: async () => areas.local.settings, set: async () => {} },
      })
    ).value;
  const setPolicy = (next: Record<string, unknown>) => {
    areas.managed = next;
    emit('managed', { payers: {} });
  };
  return { api, areas, writes, settings, setPolicy };
}

const noSites = { enableSites: async () => undefined };
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('applyPolicy', () => {
  it('a locked value always wins; an unlocked one is written once per managed value', () => {
    const { policy } = parsePolicy({ payers: ['medicare'], macJurisdiction: 'JF', lockedSettings: ['payers'] });
    const first = applyPolicy(defaultSettings(), policy, {});
    expect(first.settings.payers).toEqual({ selected: ['medicare'], macJurisdiction: 'JF', bcbsPlan: null });
    // The user changes both; only the unlocked MAC stays theirs.
    const user = { ...first.settings, payers: { selected: ['cigna'], macJurisdiction: 'J5' as const, bcbsPlan: null } };
    const again = applyPolicy(user, policy, first.seeded);
    expect(again.settings.payers).toEqual({ selected: ['medicare'], macJurisdiction: 'J5', bcbsPlan: null });
    // IT changes the preset: it is written again.
    const changed = parsePolicy({ payers: ['medicare'], macJurisdiction: 'JH', lockedSettings: ['payers'] }).policy;
    expect(applyPolicy(again.settings, changed, again.seeded).settings.payers.macJurisdiction).toBe('JH');
  });

  it('popover sections: only the named sections are set, the others stay the user’s', () => {
    const { policy } = parsePolicy({ popoverSections: { orgNotes: 'hidden' }, lockedSettings: ['popoverSections'] });
    const base = defaultSettings();
    base.preferences.popoverSections.pfs = 'shown';
    const out = applyPolicy(base, policy, {}).settings.preferences.popoverSections;
    expect(out.orgNotes).toBe('hidden');
    expect(out.pfs).toBe('shown');
  });

  it('isLocked and lockedSites need both the lock and a value', () => {
    const withValue = parsePolicy({
      enabledSites: ['https://a.example.com'],
      lockedSettings: ['enabledSites', 'payers'],
    });
    expect(lockedSites(withValue.policy)).toEqual(['https://a.example.com']);
    expect(isLocked(withValue.policy, 'payers')).toBe(false);
    expect(lockedSites(parsePolicy({ enabledSites: ['https://a.example.com'] }).policy)).toEqual([]);
  });
});

describe('the policy in the background', () => {
  it('presets payers, MAC and plan into the synced settings, and puts a locked value back after the user’s write', async () => {
    const s = fakeStorage({
      payers: ['medicare', 'aetna'],
      macJurisdiction: 'JF',
      bcbsPlan: 'anthem',
      lockedSettings: ['payers'],
    });
    const { apply } = installPolicy(s.api, noSites);
    await apply();
    expect((await s.settings()).payers).toEqual({
      selected: ['medicare', 'aetna'],
      macJurisdiction: 'JF',
      bcbsPlan: 'anthem',
    });
    // A settings import or another synced browser writes other payers and MAC.
    await s.api.storage.sync.set({
      settings: { version: 1, payers: { selected: ['cigna'], macJurisdiction: 'J5', bcbsPlan: null } },
    });
    await settle();
    await apply();
    expect((await s.settings()).payers).toEqual({
      selected: ['medicare', 'aetna'],
      macJurisdiction: 'J5',
      bcbsPlan: null,
    });
  });

  it('a policy change applies without a restart, and an unchanged policy writes nothing', async () => {
    const s = fakeStorage({ payers: ['medicare'], lockedSettings: ['payers'] });
    const { apply } = installPolicy(s.api, noSites);
    await apply();
    await settle();
    const before = s.writes.length;
    await apply();
    expect(s.writes.length).toBe(before);
    s.setPolicy({ payers: ['uhc', 'cigna'], lockedSettings: ['payers'] });
    await settle();
    await apply();
    expect((await s.settings()).payers.selected).toEqual(['uhc', 'cigna']);
  });

  it('organisation notes from the policy replace imported ones; an invalid value changes nothing else', async () => {
    const note = {
      payer: 'aetna',
      code: '64634',
      text: 'Prior authorisation through our UM desk.',
      source: 'Memo 2026-11',
    };
    const s = fakeStorage({ orgNotes: [note], macJurisdiction: 'J99' });
    s.areas.local.orgNotes = { version: 1, notes: [] };
    const parsed = await applyManagedPolicy(s.api, noSites);
    expect(parsed.notes).toEqual([expect.stringMatching(/^macJurisdiction: /)]);
    expect((s.areas.local.orgNotes as { notes: unknown[] }).notes).toHaveLength(1);
    expect((await s.settings()).payers.macJurisdiction).toBeNull();
  });

  it('hands the policy sites to the site sync until they are enabled', async () => {
    const s = fakeStorage({ enabledSites: ['https://portal.example.com'], curatedPortals: ['availity'] });
    const asked: string[][] = [];
    await applyManagedPolicy(s.api, { enableSites: async (o) => asked.push(o) });
    expect(asked).toEqual([['https://apps.availity.com', 'https://portal.example.com']]);
    s.areas.local.settings = { version: 1, enabledSites: ['https://apps.availity.com', 'https://portal.example.com'] };
    await applyManagedPolicy(s.api, { enableSites: async (o) => asked.push(o) });
    expect(asked).toHaveLength(1);
  });

  it('no policy (Firefox rejects managed storage without one) leaves settings alone', async () => {
    const s = fakeStorage('reject');
    const parsed = await applyManagedPolicy(s.api, noSites);
    expect(parsed.managed).toBe(false);
    expect(s.writes).toEqual([]);
    expect(s.areas.local[SEEDED_KEY]).toBeUndefined();
  });
});
