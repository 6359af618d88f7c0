/**
 * Splits an 835 into segments as chunks arrive, with bounded memory: only the unfinished segment is
 * buffered, and a "segment" longer than {@link MAX_SEGMENT_LENGTH} (a wrong terminator, or binary
 * data) is reported and skipped instead of growing the buffer. Line breaks around segments are
 * ignored, so files wrapped at 80 columns or with one segment per line both read.
 */
import { ISA_MIN_LENGTH, readSeparators } from './separators';
import type { RemitProblem, Separators } from './types';

/** Longest segment accepted (an 835 segment is far shorter; this only bounds the buffer). */
export const MAX_SEGMENT_LENGTH = 64 * 1024;

/** One segment: its 1-based number from ISA, its id and its elements (index 1 = first element). */
export interface Segment {
  n: number;
  id: string;
  elements: string[];
}

/** Receives each segment in order, and problems the splitter itself finds. */
export interface SegmentSink {
  segment(seg: Segment): void;
  problem(p: RemitProblem): void;
}

/** Incremental segment splitter. Call {@link push} with text chunks, then {@link finish}. */
export class SegmentStream {
  private buf = '';
  private seps: Separators | null = null;
  private count = 0;
  private skipping = false;

  constructor(private readonly sink: SegmentSink) {}

  /** The separators, once the ISA segment has been read. */
  get separators(): Separators | null {
    return this.seps;
  }

  /** Feeds a chunk of the file. @throws RemitFormatError when the file does not start with a usable ISA. */
  push(chunk: string): void {
    this.buf += chunk;
    if (!this.seps) {
      if (this.buf.length < ISA_MIN_LENGTH + 16) return;
      this.readHeader();
    }
    this.drain(false);
  }

  /** Ends the input; a last segment without terminator is still read. */
  finish(): void {
    if (!this.seps) this.readHeader();
    this.drain(true);
  }

  private readHeader(): void {
    const { separators, end } = readSeparators(this.buf);
    this.seps = separators;
    this.emit(this.buf.slice(this.buf.search(/\S/), end - 1));
    this.buf = this.buf.slice(end);
  }

  private drain(final: boolean): void {
    const term = this.seps!.segment;
    let from = 0;
    for (let at = this.buf.indexOf(term); at >= 0; at = this.buf.indexOf(term, from)) {
      if (this.skipping) this.skipping = false;
      else this.emit(this.buf.slice(from, at));
      from = at + 1;
    }
    this.buf = this.buf.slice(from);
    if (final) {
      if (!this.skipping && this.buf.trim()) this.emit(this.buf);
      this.buf = '';
    } else if (this.buf.length > MAX_SEGMENT_LENGTH) {
      if (!this.skipping) {
        this.count++;
        this.sink.problem({
          segment: this.count,
          message: `segment longer than ${MAX_SEGMENT_LENGTH} characters without a terminator "${printable(term)}" (wrong separators or damaged file); skipped`,
        });
      }
      this.skipping = true;
      this.buf = '';
    }
  }

  private emit(raw: string): void {
    let text = raw;
    // With a "~" terminator, any line break is wrapping (X12 data holds none): drop them all.
    if (text.includes('\n') || text.includes('\r'))
      text = this.seps!.segment === '\n' ? text.replace(/\r$/, '') : text.replace(/[\r\n]+/g, '');
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
    this.count++;
    const elements = text.split(this.seps!.element);
    const first = elements[0];
    if (first.charCodeAt(0) <= 32 || first.charCodeAt(first.length - 1) <= 32) elements[0] = first.trim();
    this.sink.segment({ n: this.count, id: elements[0], elements });
  }
}

function printable(c: string): string {
  return c === '\n' ? '\\n' : c;
}
