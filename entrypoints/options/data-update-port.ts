/**
 * {@link DataUpdatePort} over the options page's worker (./data-update.worker.ts), IndexedDB and storage.local.
 * After a change it writes `local:dataUpdate` so the background reloads its dataset (lib/data-update/stamp.ts).
 */
import { dataUpdateItem, importedDescriptorsItem } from '../../components/extension/storage-items';
import type { DataUpdatePort } from '../../components/options/data-update-port';
import { todayIso } from '../../lib/dataset/dates';
import { keepLicensedDescriptors } from '../../lib/data-update/descriptors';
import type { UpdateMessage, UpdateOutcome, UpdateRequest } from '../../lib/data-update/run-update';
import type { DataUpdateStamp } from '../../lib/data-update/stamp';
import { openDataStore } from '../../lib/data-update/store';

const stamp = (action: DataUpdateStamp['action']) =>
  dataUpdateItem.setValue({ action, at: Date.now() } satisfies DataUpdateStamp);

/** Runs one update in a fresh worker; the worker ends with it. */
function inWorker(request: UpdateRequest, onProgress: Parameters<DataUpdatePort['update']>[2]) {
  const worker = new Worker(new URL('./data-update.worker.ts', import.meta.url), { type: 'module' });
  // The worker closes itself after its outcome (ending it from here costs the page a long task).
  return new Promise<UpdateOutcome>((resolve) => {
    worker.onmessage = (e: MessageEvent<UpdateMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data);
      else resolve(e.data.outcome);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve({ ok: false, error: 'The files could not be read (the reader stopped); nothing was changed.' });
    };
    worker.postMessage(request);
  });
}

export const dataUpdatePort: DataUpdatePort = {
  async imported() {
    const store = await openDataStore(indexedDB);
    try {
      return await store.list();
    } finally {
      store.close();
    }
  },
  async update(files, keepDescriptors, onProgress) {
    const outcome = await inWorker({ files: [...files], importedOn: todayIso(), keepDescriptors }, onProgress);
    if (!outcome.ok) return outcome;
    await stamp('imported');
    if (!keepDescriptors || outcome.descriptors.length === 0) return outcome;
    try {
      const kept = keepLicensedDescriptors(
        (await importedDescriptorsItem.getValue()) ?? undefined,
        outcome.descriptors,
      );
      await importedDescriptorsItem.setValue(kept.stored);
      return { ...outcome, descriptorsKept: kept.kept };
    } catch (e) {
      return { ...outcome, notes: [...outcome.notes, `CPT descriptors not kept: ${(e as Error).message}`] };
    }
  },
  async revert() {
    const store = await openDataStore(indexedDB);
    try {
      await store.clear();
    } finally {
      store.close();
    }
    await stamp('reverted');
  },
};
