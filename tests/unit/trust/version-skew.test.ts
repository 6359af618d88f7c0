/**
 * Version skew (DEVELOPERS.md):
 * - a settings blob written by a newer build (the user rolled back) loads without throwing, keeps the
 *   fields this build understands, is reported as newer, and hostile newer blobs still give valid settings;
 * - dataset artifacts written for another schema are refused with a clear error, and the service worker's
 *   lazy loader forgets the failure so the next request (after the update finished) loads the right files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_ARTIFACTS, artifactPath, lazyDataset } from '../../../lib/background/load-artifacts';
import { SCHEMA_VERSION } from '../../../lib/dataset/schema-version';
import {
  defaultSettings,
  loadSettings,
  parseSettings,
  SETTINGS_VERSION,
  type SettingsStore,
} from '../../../lib/settings';

const fixed = (value: unknown): SettingsStore => ({
  get: async () => structuredClone(value),
  set: async () => {
    throw new Error('a read must never write');
  },
});

describe('settings downgrade (a newer build wrote the blob)', () => {
  it('keeps what this build understands and flags the blob as newer', async () => {
    const future = SETTINGS_VERSION + 5;
    const sync = {
      version: future,
      payers: { selected: ['aetna', 'medicare'], macJurisdiction: null, bcbsPlan: null },
      preferences: { highlightStyle: 'tint', someFutureOption: { nested: [1, 2, 3] } },
      futureTopLevel: 'kept out',
    };
    const local = {
      version: future,
      enabledSites: ['https://portal.example.org'],
      recentLookups: ['64634'],
      newField: 1,
    };
    const loaded = await loadSettings({ sync: fixed(sync), local: fixed(local) });
    expect(loaded.newerVersionStored).toBe(true);
    expect(loaded.value.payers.selected).toEqual(['aetna', 'medicare']);
    expect(loaded.value.preferences.highlightStyle).toBe('tint');
    expect(loaded.value.enabledSites).toEqual(['https://portal.example.org']);
    expect(loaded.value.recentLookups).toEqual(['64634']);
    expect(loaded.errors.some((e) => e.startsWith('sync: settings.version') && e.includes('newer'))).toBe(true);
    // What was loaded is itself valid settings (a save would not be refused).
    expect(parseSettings(loaded.value).errors).toEqual([]);
    expect(Object.keys(loaded.value)).not.toContain('futureTopLevel');
  });

  it('never throws on hostile newer blobs and always yields valid settings', async () => {
    const future = SETTINGS_VERSION + 1;
    const blobs: unknown[] = [
      { version: future, payers: 'everyone', preferences: null },
      { version: future, payers: { selected: Array.from({ length: 10_000 }, (_, i) => `p${i}`) } },
      JSON.parse(
        `{"version": ${future}, "__proto__": {"polluted": 1}, "preferences": {"__proto__": {"hoverDelayMs": 1}}}`,
      ),
      { version: Number.MAX_SAFE_INTEGER, enabledSites: ['javascript:alert(1)', 'https://*/*', '<all_urls>'] },
      { version: future, recentLookups: ['<img src=x onerror=alert(1)>', 'PATIENT_CANARY_7f3a'] },
    ];
    for (const blob of blobs) {
      const loaded = await loadSettings({ sync: fixed(blob), local: fixed(blob) });
      expect(parseSettings(loaded.value).errors, JSON.stringify(blob).slice(0, 60)).toEqual([]);
      expect(loaded.newerVersionStored).toBe(true);
      expect(loaded.value.enabledSites.every((s) => /^https?:\/\/[^*/<]+$/.test(s))).toBe(true);
      expect(loaded.value.recentLookups).not.toContain('PATIENT_CANARY_7f3a');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(defaultSettings().preferences.hoverDelayMs).not.toBe(1);
  });
});

describe('dataset schema skew', () => {
  const dataDir = resolve(import.meta.dirname, '../../../data');
  const bytes = (path: string): ArrayBuffer => {
    const b = readFileSync(resolve(dataDir, path.replace(/^data\//, '')));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  const withMeta =
    (patch: (meta: Record<string, unknown>) => void) =>
    async (path: string): Promise<ArrayBuffer> => {
      if (path !== artifactPath('meta')) return bytes(path);
      const meta = JSON.parse(readFileSync(resolve(dataDir, 'meta.json'), 'utf8')) as Record<string, unknown>;
      patch(meta);
      return new TextEncoder().encode(JSON.stringify(meta)).buffer as ArrayBuffer;
    };

  it('refuses artifacts of another schema, then loads the right ones on the next request', async () => {
    expect(JSON_ARTIFACTS).toContain('meta');
    let skewed = true;
    const fetchBytes = async (path: string) =>
      skewed
        ? withMeta((m) => {
            m.schemaVersion = SCHEMA_VERSION + 1;
          })(path)
        : bytes(path);
    const get = lazyDataset(fetchBytes);
    await expect(get()).rejects.toThrow(
      `Dataset schema ${SCHEMA_VERSION + 1} does not match this build (${SCHEMA_VERSION})`,
    );
    skewed = false;
    const ds = await get();
    expect(ds.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(ds.addOn('64634')?.primaries).toEqual(['64633']);
  });
});
