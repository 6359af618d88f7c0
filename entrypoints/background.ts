import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  dataUpdateItem,
  getLocal,
  importedDescriptorsItem,
  orgNotesItem,
  pageCodeDeltaItem,
  readSettings,
  settingsStores,
} from '../components/extension/storage-items';
import { installBackground, type BackgroundApi } from '../lib/background/install';
import type { InjectApi } from '../lib/background/one-off';
import { installMenus, type MenusApi } from '../lib/background/context-menus';
import { installSites, type SitesApi } from '../lib/background/sites';
import { uiScriptListener } from '../lib/background/ui-script';
import { openDataStore } from '../lib/data-update/store';
import { installPolicy, lockedSites, readPolicy, type PolicyApi } from '../lib/policy';

export default defineBackground(() => {
  // Listeners must be registered synchronously at start-up so a woken service worker receives the event.
  // The dataset loads lazily from the extension's own data/ files (copied by wxt.config.ts), never the web.
  installBackground(browser satisfies BackgroundApi, {
    fetch: (url) => fetch(url),
    now: () => performance.now(),
    settings: readSettings,
    imports: {
      read: () => getLocal(['importedDescriptors', 'orgNotes']),
      watch: (onChange) => {
        importedDescriptorsItem.watch(onChange);
        orgNotesItem.watch(onChange);
      },
    },
    // The user's imported CMS tables (options → Update data from CMS files) are read from IndexedDB on each load.
    importedTables: async () => {
      const store = await openDataStore(indexedDB);
      try {
        return await store.all();
      } finally {
        store.close();
      }
    },
    watchDataUpdate: (onChange) => void dataUpdateItem.watch(onChange),
    // The page recogniser's known codes follow the dataset in use (entrypoints/content/known-codes.ts).
    pageCodes: {
      read: () => pageCodeDeltaItem.getValue(),
      write: (delta) => (delta ? pageCodeDeltaItem.setValue(delta) : pageCodeDeltaItem.removeValue()),
    },
    // A count and a limit only (never page text): seen in the service worker's console by IT or a developer.
    onPageCodesError: (message) => console.warn(message),
  });
  // Enabled sites: granted host permissions → runtime-registered content scripts (lib/background/sites.ts).
  const policyApi = browser satisfies PolicyApi;
  const sites = installSites(browser satisfies SitesApi, settingsStores.local, {
    lockedSites: async () => lockedSites((await readPolicy(policyApi)).policy),
  });
  // Managed policy (storage.managed): presets and locks, applied now and on every policy change.
  installPolicy(policyApi, { enableSites: (origins) => sites.sync({ add: origins }) });
  installMenus(browser satisfies MenusApi & InjectApi);
  // The in-page UI script, injected into a content script's own frame when it first draws.
  browser.runtime.onMessage.addListener(uiScriptListener(browser.runtime.id, browser));
});
