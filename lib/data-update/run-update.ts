/**
 * The whole in-extension update, as the options page's worker runs it: read the tables in use (bundled with
 * earlier imports), read and check the picked files, store the new tables in one transaction. Any problem
 * throws before the write, so nothing is stored; the message names the file.
 */
import { CmsFileError } from '../cms/release-file';
import type { CmsInputFile, Progress } from '../cms/release-set';
import type { DatasetMeta } from '../dataset/types';
import { prepareUpdate } from './prepare';
import { metaWithImports, selectImported } from './select';
import type { DataStore } from './store';

/** What the user is told after an update. */
export type UpdateOutcome =
  | {
      ok: true;
      summary: string[];
      notes: string[];
      /** CPT descriptors of the PFS file, only when the user asked to keep them (else never leave the worker). */
      descriptors: [string, string][];
    }
  | { ok: false; error: string };

/** Options of {@link runUpdate}. */
export interface RunUpdateOptions {
  files: readonly CmsInputFile[];
  store: DataStore;
  /** The bundled `data/meta.json`. */
  bundled: DatasetMeta;
  /** ISO date of the import (today). */
  importedOn: string;
  keepDescriptors: boolean;
  onProgress?: Progress;
}

/** Runs one update. Never throws: a problem becomes `{ ok: false, error }` naming the file. */
export async function runUpdate(o: RunUpdateOptions): Promise<UpdateOutcome> {
  try {
    const inUse = metaWithImports(o.bundled, selectImported(o.bundled, await o.store.all()).used);
    const prepared = prepareUpdate(o.files, inUse, o.importedOn, o.onProgress);
    await o.store.put(prepared.tables);
    return {
      ok: true,
      summary: prepared.summary,
      notes: prepared.notes,
      descriptors: o.keepDescriptors ? prepared.descriptors : [],
    };
  } catch (e) {
    if (e instanceof CmsFileError) return { ok: false, error: e.message };
    const name = (e as Error)?.name;
    if (name === 'QuotaExceededError')
      return { ok: false, error: 'The browser has no room to store these tables; nothing was changed.' };
    const why = String((e as Error)?.message ?? e).slice(0, 200);
    return { ok: false, error: `The files could not be read (${why}); nothing was changed.` };
  }
}

/** Options page → worker: the picked files, as handles (the worker reads them, off the page's main thread). */
export interface UpdateRequest {
  files: File[];
  importedOn: string;
  keepDescriptors: boolean;
}

/** Worker → options page: progress while PTP files load, then the outcome. */
export type UpdateMessage =
  | { type: 'progress'; file: string; done: number; total: number }
  | { type: 'outcome'; outcome: UpdateOutcome };
