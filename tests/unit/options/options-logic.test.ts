/**
 * Options logic over a fake extension port: payer ordering, and each import path — a good file is stored
 * whole, a bad one (malformed, hostile, oversized, future version) changes storage not at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, exportFile, failureHeadline, importCounts } from '../../../components/options/import-actions';
import { movePayer, togglePayer } from '../../../components/options/payer-order';
import type { UiPort } from '../../../components/extension/ui-port';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, toSyncBlob } from '../../../lib/settings/storage';
import type { Settings } from '../../../lib/settings/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');
const file = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (s: string) => new TextEncoder().encode(s);

/** Makes the n-th call of a write fail (1-based), as a full quota or a signed-out sync would. */
interface Failures {
  syncWrite?: number[];
  localSet?: number[];
}

function fakePort(
  initial: { local?: Record<string, unknown>; sync?: Record<string, unknown> } = {},
  fail: Failures = {},
) {
  const area = { local: structuredClone(initial.local ?? {}), sync: structuredClone(initial.sync ?? {}) };
  const calls = { syncWrite: 0, localSet: 0 };
  const port: UiPort = {
    readSettings: async () =>
      (
        await loadSettings({
          sync: { get: async () => structuredClone(area.sync.settings), set: async () => undefined },
          local: { get: async () => structuredClone(area.local.settings), set: async () => undefined },
        })
      ).value,
    writeLocalSettings: async () => {
      throw new Error('not used');
    },
    writeSyncSettings: async (s) => {
      if (fail.syncWrite?.includes(++calls.syncWrite)) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      area.sync.settings = structuredClone(toSyncBlob(s));
    },
    onSettingsChanged: () => () => undefined,
    ask: async () => ({ ok: false, error: 'not used' }),
    activeTab: async () => undefined,
    hasOrigins: async () => false,
    requestOrigins: async () => false,
    readJson: async () => {
      throw new Error('not used');
    },
    getLocal: async (keys) => Object.fromEntries(keys.map((k) => [k, structuredClone(area.local[k])])),
    setLocal: async (items) => {
      if (fail.localSet?.includes(++calls.localSet)) throw new Error('local storage write failed');
      Object.assign(area.local, structuredClone(items));
    },
    removeLocal: async (keys) => {
      for (const k of keys) delete area.local[k];
    },
    openOptions: () => undefined,
  };
  return { port, snapshot: () => JSON.stringify(area), area };
}

describe('payer order', () => {
  it('toggles and moves within bounds', () => {
    expect(togglePayer(['medicare'], 'aetna')).toEqual(['medicare', 'aetna']);
    expect(togglePayer(['medicare', 'aetna'], 'medicare')).toEqual(['aetna']);
    expect(movePayer(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(movePayer(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movePayer(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(movePayer(['a'], 'zz', 1)).toEqual(['a']);
  });
});

describe('imports', () => {
  const current: Settings = { ...defaultSettings(), enabledSites: ['https://a.com'], recentLookups: ['64634'] };
  const seeded = () =>
    fakePort({
      local: {
        importedDescriptors: { version: 1, entries: [{ code: 'J1100', text: 'Existing text' }] },
        orgNotes: { version: 1, notes: [] },
      },
      sync: { settings: toSyncBlob(current) },
    });

  it('a good descriptor CSV replaces the stored descriptors and says what it added', async () => {
    const { port, area } = seeded();
    const r = await runImport(port, 'descriptors', file('cpt-shaped-descriptors.csv'), current);
    expect(r).toEqual({ ok: true, summary: 'Added 3 descriptors' });
    expect(
      (area.local.importedDescriptors as { entries: { code: string; text: string }[] }).entries.find(
        (e) => e.code === '64634',
      )?.text,
    ).toBe('Test descriptor for 64634 (not real CPT text)');
    expect(await importCounts(port)).toEqual({ descriptors: 3, orgNotes: 0 });
  });

  it('organisation notes are stored whole', async () => {
    const { port } = seeded();
    expect((await runImport(port, 'orgNotes', file('org-notes.json'), current)).ok).toBe(true);
    expect(await importCounts(port)).toEqual({ descriptors: 1, orgNotes: 1 });
  });

  const hostile: [string, 'descriptors' | 'orgNotes' | 'settings', Uint8Array][] = [
    ['malformed CSV (bad code, markup)', 'descriptors', file('malformed-descriptors.csv')],
    ['a newer settings format', 'settings', file('hostile-settings.json')],
    ['not JSON', 'settings', text('{"format": "claimlens-settings",')],
    ['invalid UTF-8', 'descriptors', new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xff, 0xfe])],
    ['a binary file', 'orgNotes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
    ['6 MB of junk', 'descriptors', new Uint8Array(6 * 1024 * 1024).fill(0x41)],
    ['duplicate codes with different text', 'descriptors', text('code,descriptor\n64634,One\n64634,Two\n')],
    ['script in a note', 'orgNotes', text('[{"payer":"aetna","code":"64634","text":"<script>alert(1)</script>"}]')],
    [
      'prototype pollution in settings',
      'settings',
      text(
        '{"format":"claimlens-settings","formatVersion":1,"settings":{"version":1,"__proto__":{"polluted":1},"payers":{"selected":"x"}}}',
      ),
    ],
  ];
  for (const [name, kind, bytes] of hostile) {
    it(`rejects ${name} with a reason and leaves storage byte-identical`, async () => {
      const { port, snapshot } = seeded();
      const before = snapshot();
      const r = await runImport(port, kind, bytes, current);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0].reason.length).toBeGreaterThan(0);
      expect(snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('export → import round-trips settings and imports, keeps this browser’s sites and lists the file’s others', async () => {
    const { port, area } = seeded();
    const exported = await exportFile(port, {
      ...current,
      enabledSites: ['https://b.com'],
      payers: { selected: ['aetna'], macJurisdiction: 'JF', bcbsPlan: null },
    });
    expect(exported).not.toContain('64634"'); // recent lookups are not exported
    const r = await runImport(port, 'settings', text(exported), current);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.notes?.[0]).toContain('https://b.com');
    expect((area.sync.settings as { payers: { selected: string[] } }).payers.selected).toEqual(['aetna']);
    expect(await importCounts(port)).toEqual({ descriptors: 1, orgNotes: 0 });
  });

  describe('a settings file is saved all-or-nothing across storage areas', () => {
    const seededWith = (fail: Failures) =>
      fakePort(
        {
          local: {
            importedDescriptors: { version: 1, entries: [{ code: 'J1100', text: 'Existing text' }] },
            orgNotes: { version: 1, notes: [] },
          },
          sync: { settings: toSyncBlob(current) },
        },
        fail,
      );
    const exported = async () =>
      text(
        await exportFile(seeded().port, {
          ...current,
          payers: { selected: ['aetna'], macJurisdiction: 'JF', bcbsPlan: null },
        }).then((f) => f.replace('"Existing text"', '"Text from the file"')),
      );

    it('the synced settings failing to save: nothing imported, both areas unchanged, and the page says so', async () => {
      const { port, snapshot } = seededWith({ syncWrite: [1] });
      const before = snapshot();
      const r = await runImport(port, 'settings', await exported(), current);
      expect(r).toMatchObject({ ok: false, notRestored: [] });
      if (!r.ok) {
        expect(r.errors[0].reason).toMatch(/saving your synced settings failed \(QUOTA_BYTES_PER_ITEM/);
        expect(failureHeadline(r)).toBe('Nothing was imported; your existing data is unchanged.');
      }
      expect(snapshot()).toBe(before);
    });

    it('the imports failing to save after the settings did: the settings are put back', async () => {
      const { port, snapshot } = seededWith({ localSet: [1] });
      const before = snapshot();
      const r = await runImport(port, 'settings', await exported(), current);
      expect(r).toMatchObject({ ok: false, notRestored: [] });
      expect(snapshot()).toBe(before);
    });

    it('when putting back fails too, the message names what may hold the file’s data', async () => {
      const { port, area } = seededWith({ localSet: [1], syncWrite: [2] });
      const r = await runImport(port, 'settings', await exported(), current);
      expect(r).toMatchObject({ ok: false, notRestored: ['your synced settings'] });
      if (!r.ok) expect(failureHeadline(r)).toMatch(/could not be fully undone: your synced settings may now hold/);
      expect((area.local.importedDescriptors as { entries: { text: string }[] }).entries[0].text).toBe('Existing text');
    });

    it('a settings file without imports keeps the stored descriptors and notes', async () => {
      const { port, area } = seeded();
      const file = JSON.parse(new TextDecoder().decode(await exported()));
      delete file.imports;
      const r = await runImport(port, 'settings', text(JSON.stringify(file)), current);
      expect(r).toMatchObject({ ok: true, summary: expect.stringMatching(/so yours were kept/) });
      expect((area.local.importedDescriptors as { entries: { text: string }[] }).entries[0].text).toBe('Existing text');
      expect((area.sync.settings as { payers: { selected: string[] } }).payers.selected).toEqual(['aetna']);
    });

    it('a public-suffix wildcard site in the file refuses the file', async () => {
      const { port, snapshot } = seeded();
      const before = snapshot();
      const file = JSON.parse(new TextDecoder().decode(await exported()));
      file.settings.enabledSites = ['https://*.payer.co.uk', 'https://*.github.io'];
      const r = await runImport(port, 'settings', text(JSON.stringify(file)), current);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors[0].reason).toMatch(
          /https:\/\/\*\.github\.io would match every site under the public suffix "github\.io"/,
        );
      expect(snapshot()).toBe(before);
    });
  });
});
