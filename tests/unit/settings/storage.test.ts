import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  saveSettings,
  withRecentLookup,
  withoutRecentLookups,
  type Settings,
  type SettingsStore,
} from '../../../lib/settings';

function memoryStore(initial?: unknown): SettingsStore & { value: unknown; writes: number } {
  const s = {
    value: initial,
    writes: 0,
    async get() {
      return s.value === undefined ? undefined : structuredClone(s.value);
    },
    async set(v: unknown) {
      s.writes++;
      s.value = structuredClone(v);
    },
  };
  return s;
}

describe('settings storage split', () => {
  it('writes payers/preferences to sync and sites/recent lookups to local, and reads them back', async () => {
    const sync = memoryStore();
    const local = memoryStore();
    const next: Settings = {
      ...defaultSettings(),
      payers: { selected: ['aetna'], macJurisdiction: 'JH', bcbsPlan: null },
      enabledSites: ['https://www.availity.com'],
      recentLookups: ['64634'],
    };
    expect(await saveSettings({ sync, local }, next)).toEqual({ ok: true });
    expect(Object.keys(sync.value as object).sort()).toEqual(['payers', 'preferences', 'version']);
    expect(Object.keys(local.value as object).sort()).toEqual(['enabledSites', 'recentLookups', 'version']);
    expect(await loadSettings({ sync, local })).toEqual({ value: next, errors: [], newerVersionStored: false });
  });

  it('rejects invalid settings without writing anything', async () => {
    const sync = memoryStore({ version: 1, payers: { selected: ['cigna'] } });
    const local = memoryStore({ version: 1, enabledSites: [] });
    const before = JSON.stringify([sync.value, local.value]);
    const bad = { ...defaultSettings(), enabledSites: ['https://evil.example/steal'] };
    const result = await saveSettings({ sync, local }, bad);
    expect(result.ok).toBe(false);
    expect(sync.writes + local.writes).toBe(0);
    expect(JSON.stringify([sync.value, local.value])).toBe(before);
  });

  it('keeps one area when the other is corrupt or unreadable, and flags newer blobs', async () => {
    const sync = memoryStore({ version: 9, payers: { selected: ['uhc'] } });
    const local: SettingsStore = { get: () => Promise.reject(new Error('quota')), set: async () => {} };
    const loaded = await loadSettings({ sync, local });
    expect(loaded.value.payers.selected).toEqual(['uhc']);
    expect(loaded.value.enabledSites).toEqual([]);
    expect(loaded.newerVersionStored).toBe(true);
    expect(loaded.errors).toEqual([
      expect.stringMatching(/^sync: settings\.version: 9 is newer/),
      'local: storage could not be read; using defaults',
    ]);
  });
});

describe('recent lookups', () => {
  it('moves a code to the front, caps at ten, ignores free text, and clears', () => {
    let s = defaultSettings();
    for (let i = 0; i < 12; i++) s = withRecentLookup(s, String(64400 + i));
    s = withRecentLookup(s, 'j1100');
    s = withRecentLookup(s, '64411');
    expect(s.recentLookups[0]).toBe('64411');
    expect(s.recentLookups[1]).toBe('J1100');
    expect(s.recentLookups).toHaveLength(10);
    expect(withRecentLookup(s, 'patient John 64634')).toBe(s);
    expect(withoutRecentLookups(s).recentLookups).toEqual([]);
  });
});
