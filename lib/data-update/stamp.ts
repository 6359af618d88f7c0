/**
 * `local:dataUpdate`: written by the options page after it stored or reverted imported CMS tables, so the
 * background (lib/background/install.ts) reloads its dataset; IndexedDB itself has no change event.
 */

/** The storage.local key. */
export const DATA_UPDATE_KEY = 'dataUpdate';

/** The stamp's value: what happened and when (a number, no file content). */
export interface DataUpdateStamp {
  action: 'imported' | 'reverted';
  at: number;
}
