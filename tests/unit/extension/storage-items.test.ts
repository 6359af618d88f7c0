/**
 * The storage items (components/extension/storage-items.ts) over WXT's fake browser: what is stored is read
 * back validated, watchers hear changes, and a blob or a WXT version from a newer build never stops a read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { toLocalBlob, toSyncBlob } from '../../../lib/settings/storage';

/** A fresh copy of the items module (items run their version check when defined). */
async function items() {
  vi.resetModules();
  return import('../../../components/extension/storage-items');
}

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('nothing stored: defaults; stored blobs in both areas are combined', async () => {
    const m = await items();
    expect(await m.readSettings()).toEqual(defaultSettings());
    const s = { ...defaultSettings(), enabledSites: ['https://www.availity.com'], recentLookups: ['64634'] };
    s.payers = { ...s.payers, selected: ['aetna'] };
    await m.syncSettingsItem.setValue(toSyncBlob(s));
    await m.localSettingsItem.setValue(toLocalBlob(s));
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: toSyncBlob(s) });
    expect(await m.readSettings()).toEqual(s);
  });

  it('the data-update stamp the options page writes (local:dataUpdate) is what the background watches', async () => {
    const m = await items();
    const heard: unknown[] = [];
    m.dataUpdateItem.watch((v) => heard.push(v));
    await m.setLocal({ dataUpdate: { action: 'imported', at: 1 } });
    expect(await fakeBrowser.storage.local.get('dataUpdate')).toEqual({ dataUpdate: { action: 'imported', at: 1 } });
    expect(heard).toEqual([{ action: 'imported', at: 1 }]);
  });

  it('watchSettings hears settings changes, and import changes only when asked', async () => {
    const m = await items();
    const heard: string[] = [];
    const stop = m.watchSettings(() => heard.push('settings'));
    const stopWithImports = m.watchSettings(() => heard.push('with imports'), { imports: true });
    await m.setLocal({ orgNotes: { version: 1, notes: [] } });
    await m.localSettingsItem.setValue(toLocalBlob(defaultSettings()));
    expect(heard).toEqual(['with imports', 'settings', 'with imports']);
    stop();
    stopWithImports();
    await m.syncSettingsItem.setValue(toSyncBlob(defaultSettings()));
    expect(heard).toHaveLength(3);
  });

  it('an import is written in one storage.local call, read back and removed by key', async () => {
    const m = await items();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await m.setLocal({ importedDescriptors: { version: 1, entries: [] }, orgNotes: { version: 1, notes: [] } });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await m.getLocal(['importedDescriptors', 'orgNotes'])).toEqual({
      importedDescriptors: { version: 1, entries: [] },
      orgNotes: { version: 1, notes: [] },
    });
    await m.removeLocal(['orgNotes']);
    expect(await m.getLocal(['orgNotes'])).toEqual({ orgNotes: undefined });
    set.mockRestore();
  });

  it('a newer build left a newer WXT version and settings blob: the read still works, nothing is overwritten', async () => {
    const newer = { version: 99, payers: { selected: ['aetna'] }, futureField: true };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const m = await items();
    const read = await m.readSettings();
    expect(read.payers.selected).toEqual(['aetna']);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: newer });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Migration failed for sync:settings/), expect.anything());
    error.mockRestore();
  });

  it('garbage in storage falls back to defaults field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await fakeBrowser.storage.sync.set({ settings: { version: 1, payers: { selected: 'aetna' }, preferences: [] } });
    const m = await items();
    expect(await m.readSettings()).toEqual(defaultSettings());
  });
});
