import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBackground, type BackgroundApi } from '../lib/background/install';
import { installMenus, type InjectApi, type MenusApi } from '../lib/background/one-off';
import { installSites, type SitesApi } from '../lib/background/sites';
import { openDataStore } from '../lib/data-update/store';
import { installPolicy, lockedSites, readPolicy, type PolicyApi } from '../lib/policy';

export default defineBackground(() => {
  // Listeners must be registered synchronously at start-up so a woken service worker receives the event.
  // The dataset loads lazily from the extension's own data/ files (copied by wxt.config.ts), never the web.
  // The user's imported CMS tables (options → Update data from CMS files) are read from IndexedDB on each load.
  installBackground(browser as unknown as BackgroundApi, {
    fetch: (url) => fetch(url),
    now: () => performance.now(),
    importedTables: async () => {
      const store = await openDataStore(indexedDB);
      try {
        return await store.all();
      } finally {
        store.close();
      }
    },
  });
  // Enabled sites: granted host permissions → one runtime-registered content script (issue 3, "Where it runs").
  const policyApi = browser as unknown as PolicyApi;
  const sites = installSites(browser as unknown as SitesApi, {
    lockedSites: async () => lockedSites((await readPolicy(policyApi)).policy),
  });
  // Managed policy (storage.managed): presets and locks, applied now and on every policy change.
  installPolicy(policyApi, { enableSites: (origins) => sites.sync({ add: origins }) });
  installMenus(browser as unknown as MenusApi & InjectApi);
});
