/**
 * Streaming strict UTF-8 decoding of a text file's bytes. Practice systems and spreadsheets also save
 * "Unicode text" (UTF-16) and legacy code pages; read as UTF-8 these turn into garbage that looks like
 * empty or bad rows. So a UTF-16/UTF-32 byte-order mark, a NUL byte (UTF-16 without a mark, or a
 * binary file) or an invalid UTF-8 sequence is an {@link EncodingError} that says how to re-save.
 */

/** The bytes are not UTF-8 text; the message says what they look like instead. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

const RESAVE = 'save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)")';

/** The encoding a byte-order mark announces, when it is not UTF-8. */
export function foreignByteOrderMark(head: Uint8Array): string | undefined {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  return undefined;
}

/** Decodes chunk by chunk; multi-byte characters split across chunks are kept whole. A UTF-8 BOM is dropped. */
export class StrictUtf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private started = false;
  private bytes = 0;
  private lines = 1;

  /** Text of `chunk`. @throws {@link EncodingError} */
  push(chunk: Uint8Array): string {
    if (!this.started) {
      // A mark split over two chunks is not worth handling: the first chunk of a file is never that short.
      const bom = foreignByteOrderMark(chunk);
      if (bom) throw new EncodingError(`the file is ${bom} text; ${RESAVE}`);
      this.started = chunk.length > 0;
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0)
      throw new EncodingError(
        `the file has a NUL byte (byte ${this.bytes + nul + 1}): it is UTF-16 text without a byte-order mark or not a text file; ${RESAVE}`,
      );
    this.bytes += chunk.length;
    return this.count(this.decode(chunk, true));
  }

  /** The rest of the text at the end of the input. @throws {@link EncodingError} */
  end(): string {
    return this.decode(new Uint8Array(0), false);
  }

  private decode(chunk: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream });
    } catch {
      throw new EncodingError(
        `the file is not UTF-8 text (an invalid byte after line ${this.lines}; a legacy code page such as Windows-1252?); ${RESAVE}`,
      );
    }
  }

  private count(text: string): string {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lines++;
    return text;
  }
}
