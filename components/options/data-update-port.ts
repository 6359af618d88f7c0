/**
 * What the "Update data from CMS files" section needs from the extension, injected so the component holds no
 * globals: entrypoints/options/data-update-port.ts implements it over a Worker, IndexedDB and storage.local;
 * unit tests over fakes.
 */
import type { ImportedInfo } from '../../lib/data-update/imported-table';
import type { UpdateOutcome } from '../../lib/data-update/run-update';

/** Progress of the PTP files (the long part of an update). */
export interface UpdateProgress {
  file: string;
  done: number;
  total: number;
}

export interface DataUpdatePort {
  /** The imported tables stored in this browser. */
  imported(): Promise<ImportedInfo[]>;
  /**
   * Reads, checks and stores the files (off the page's main thread); tells the background. With
   * `keepDescriptors`, CPT descriptors of a PFS file are added to the user's licensed descriptors.
   */
  update(
    files: readonly File[],
    keepDescriptors: boolean,
    onProgress: (p: UpdateProgress) => void,
  ): Promise<UpdateOutcome & { descriptorsKept?: number }>;
  /** Removes every imported table (the bundled data answers again) and tells the background. */
  revert(): Promise<void>;
}
