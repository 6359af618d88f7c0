/** Shared result shapes of every import validator: all or nothing, never a partial value. */

/** One reason a file was rejected. `line` is 1-based in the file as the user sees it; 0 means the whole file. */
export interface ImportError {
  line: number;
  reason: string;
}

/** A validated import, ready to store as a whole, with a sentence for the user (`Added 123 descriptors`). */
export interface ImportSuccess<T> {
  ok: true;
  value: T;
  summary: string;
}

/** A rejected import: nothing from the file may be stored. */
export interface ImportFailure {
  ok: false;
  errors: ImportError[];
}

/** Result of any import validator. */
export type ImportResult<T> = ImportSuccess<T> | ImportFailure;

/** What a user may hand to an importer: the file's bytes (preferred, so encoding can be checked) or its text. */
export type ImportInput = Uint8Array | ArrayBuffer | string;

/** Most errors listed for one file; the rest are summarised, so a junk file cannot flood the UI. */
export const MAX_REPORTED_ERRORS = 20;

/** Builds a failure, capping the error list at {@link MAX_REPORTED_ERRORS}. */
export function failure(errors: ImportError[]): ImportFailure {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  shown.push({ line: 0, reason: `…and ${errors.length - MAX_REPORTED_ERRORS} more problems` });
  return { ok: false, errors: shown };
}

/** A failure about the whole file. */
export function fileFailure(reason: string): ImportFailure {
  return { ok: false, errors: [{ line: 0, reason }] };
}
