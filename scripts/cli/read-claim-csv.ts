/**
 * Reads a claim-line CSV export for `claimlens check --csv`: checked for size before anything is read,
 * streamed in 1 MB chunks through the strict UTF-8 decoder (lib/csv/strict-decoder.ts) into the packed
 * claim reader, so memory stays a small multiple of the file (docs: README "Command-line tool").
 */
import { createReadStream, statSync } from 'node:fs';
import { ClaimCsvReader } from '../../lib/claim';
import { EncodingError, StrictUtf8Decoder } from '../../lib/csv/strict-decoder';
import { quoted } from '../../lib/text/printable';
import { UsageError } from './io';

/** Largest CSV `check --csv` reads; a bigger export is refused before reading (split it by date). */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error)?.message ?? String(e);
}

function checkSize(file: string, maxBytes: number): void {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    throw new UsageError(`cannot read ${quoted(file, 200)}: ${why(e)}`);
  }
  if (size > maxBytes) throw tooBig(file, size, maxBytes);
}

function tooBig(file: string, size: number, maxBytes: number): UsageError {
  return new UsageError(
    `${quoted(file, 200)} is ${bytes(size)}; check --csv reads at most ${bytes(maxBytes)} (${mb(maxBytes)}); split the export, e.g. by date of service`,
  );
}

/**
 * Streams `file` into a {@link ClaimCsvReader}.
 * @throws UsageError for a missing, unreadable, oversized or non-UTF-8 file; ClaimHeaderError for a bad header.
 */
export async function readClaimCsvFile(file: string, maxBytes = MAX_CSV_BYTES): Promise<ClaimCsvReader> {
  checkSize(file, maxBytes);
  const reader = new ClaimCsvReader();
  const decoder = new StrictUtf8Decoder();
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
      bytes += (chunk as Buffer).length;
      // The file may grow while it is read.
      if (bytes > maxBytes) throw tooBig(file, bytes, maxBytes);
      reader.push(decoder.push(chunk as Buffer));
    }
    reader.push(decoder.end());
  } catch (e) {
    if (e instanceof EncodingError) throw new UsageError(`cannot read ${quoted(file, 200)}: ${e.message}`);
    if (e instanceof Error && (e instanceof UsageError || e.name === 'ClaimHeaderError')) throw e;
    throw new UsageError(`cannot read ${quoted(file, 200)}: ${why(e)}`);
  }
  reader.finish();
  return reader;
}
