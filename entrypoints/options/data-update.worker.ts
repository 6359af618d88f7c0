/**
 * The options page's worker for "Update data from CMS files": unzips, reads, checks and stores off the page's
 * main thread (a full PTP release is millions of rows), so the page stays responsive. Thin wiring over
 * lib/data-update/run-update.ts; it reads only the bytes it is sent and never touches the network.
 */
import meta from '../../data/meta.json';
import type { DatasetMeta } from '../../lib/dataset/types';
import { runUpdate, type UpdateMessage, type UpdateRequest } from '../../lib/data-update/run-update';
import { openDataStore } from '../../lib/data-update/store';

const post = (m: UpdateMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<UpdateRequest>) => {
  const { files, importedOn, keepDescriptors } = event.data;
  const store = await openDataStore(indexedDB).catch(() => null);
  if (!store) {
    const error = 'This browser does not let ClaimLens store data here (private window?); nothing was changed.';
    post({ type: 'outcome', outcome: { ok: false, error } });
    self.close();
    return;
  }
  try {
    const read = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    ).catch(() => null);
    if (!read) {
      const error = 'A picked file could not be read (moved or changed since it was picked?); nothing was changed.';
      post({ type: 'outcome', outcome: { ok: false, error } });
      return;
    }
    const outcome = await runUpdate({
      files: read,
      store,
      bundled: meta as unknown as DatasetMeta,
      importedOn,
      keepDescriptors,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'outcome', outcome });
  } finally {
    store.close();
    self.close();
  }
};
