/**
 * Turns an imported file into text, rejecting oversized, binary and non-UTF-8 files before any
 * parsing (so 50 MB of junk is refused by its size alone).
 */
import { fileFailure, type ImportFailure, type ImportInput } from './types';

/**
 * Largest file any importer accepts: 5 MB, not 10, because `storage.local` holds 10 MB in Chrome without
 * `unlimitedStorage`, and the stored blob must fit beside the other import and the settings.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Decoded text, or why the file cannot be read. */
export type DecodeResult = { ok: true; text: string } | ImportFailure;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Decodes `input` as strict UTF-8 (a leading BOM is dropped). Rejects files over `maxBytes`,
 * files containing NUL bytes (binary), invalid UTF-8 and — for text already decoded by the caller —
 * U+FFFD replacement characters, which mean the file was not UTF-8.
 */
export function decodeImport(input: ImportInput, maxBytes = MAX_IMPORT_BYTES): DecodeResult {
  const tooBig = (n: number) => fileFailure(`File is ${mb(n)}; the limit is ${mb(maxBytes)}`);
  let text: string;
  if (typeof input === 'string') {
    // Each UTF-16 unit is at least one UTF-8 byte, so length is a cheap lower bound of the size.
    if (input.length > maxBytes) return tooBig(input.length);
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > maxBytes) return tooBig(bytes.byteLength);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fileFailure('File is not valid UTF-8 text (save it as "CSV UTF-8" or plain UTF-8 and try again)');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return {
      ok: false,
      errors: [{ line: lineAt(text, nul), reason: 'File contains NUL bytes; it looks like a binary file, not text' }],
    };
  const bad = text.indexOf('\ufffd');
  if (bad >= 0)
    return {
      ok: false,
      errors: [
        {
          line: lineAt(text, bad),
          reason: 'Text contains an unreadable character (the file was probably not saved as UTF-8)',
        },
      ],
    };
  if (text.trim() === '') return fileFailure('File is empty');
  return { ok: true, text };
}
