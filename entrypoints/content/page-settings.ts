/** The user's settings as the content script sees them, read through the one validated settings module. */
import { browser } from 'wxt/browser';
import { loadSettings, type SettingsStore } from '../../lib/settings/storage';
import type { Settings } from '../../lib/settings/types';

function store(area: 'sync' | 'local'): SettingsStore {
  return {
    get: async () => (await browser.storage[area].get('settings')).settings,
    set: async () => {
      throw new Error('The content script never writes settings');
    },
  };
}

/** Reads settings now (validated, never rejects). */
export async function readSettings(): Promise<Settings> {
  return (await loadSettings({ sync: store('sync'), local: store('local') })).value;
}

/** Calls `onChange` with fresh settings whenever either settings blob or an import changes; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    // Imports change what the details say (imported descriptors, organisation notes): refresh like settings.
    const importsChanged = area === 'local' && ('importedDescriptors' in changes || 'orgNotes' in changes);
    if (((area === 'sync' || area === 'local') && 'settings' in changes) || importsChanged)
      void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
