/**
 * Streaming reader for X12 835 files: push text chunks, receive each claim as soon as it is complete.
 * Memory stays bounded by one segment plus one claim; nothing recurses. Problems carry the segment
 * number and reading goes on after them; only a file without a usable ISA header is fatal.
 */
import { ClaimBuilder } from './claim-builder';
import { type Segment, SegmentStream } from './segment-stream';
import type { RemitClaim, RemitProblem } from './types';

/** How many problems are kept in {@link RemitReader.problems} (the rest are only counted). */
export const MAX_PROBLEMS_KEPT = 1000;

/** What was read, for the summary. */
export interface RemitCounts {
  interchanges: number;
  transactions: number;
  claims: number;
  lines: number;
  segments: number;
  problems: number;
}

/** Reads an 835 incrementally. `onClaim` receives each claim once its loop ends. */
export class RemitReader {
  /** The first {@link MAX_PROBLEMS_KEPT} problems, in file order. */
  readonly problems: RemitProblem[] = [];
  readonly counts: RemitCounts = { interchanges: 0, transactions: 0, claims: 0, lines: 0, segments: 0, problems: 0 };
  private readonly stream: SegmentStream;
  private builder: ClaimBuilder | null = null;
  private payer: string | null = null;
  private skippingSet: string | null = null;
  private lastId = '';

  constructor(private readonly onClaim: (claim: RemitClaim) => void) {
    this.stream = new SegmentStream({ segment: (s) => this.segment(s), problem: (p) => this.problem(p) });
  }

  /** Feeds a chunk. @throws RemitFormatError when the file does not start with a usable ISA segment. */
  push(chunk: string): void {
    this.stream.push(chunk);
  }

  /** Ends the input: flushes the last claim and reports a file cut short. */
  finish(): void {
    this.stream.finish();
    if (this.builder) {
      this.builder.flush();
      this.builder = null;
      this.problem({
        segment: this.counts.segments,
        message: 'file ends inside a transaction (no SE segment): it may be truncated; the claims before are read',
      });
    } else if (this.counts.segments > 0 && this.lastId !== 'IEA') {
      this.problem({ segment: this.counts.segments, message: 'file ends without an IEA segment (truncated?)' });
    }
  }

  private problem(p: RemitProblem): void {
    this.counts.problems++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push(p);
  }

  private segment(seg: Segment): void {
    this.counts.segments = seg.n;
    this.lastId = seg.id;
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(seg.id)) {
      const sep = this.stream.separators?.element ?? '';
      this.problem({
        segment: seg.n,
        message: `"${seg.id.slice(0, 12)}" is not a segment id (the ISA header declares "${sep}" as the element separator); skipped`,
      });
      return;
    }
    if (this.skippingSet) {
      if (seg.id === 'SE') this.skippingSet = null;
      return;
    }
    if (this.builder?.handle(seg)) return;
    this.envelope(seg);
  }

  private envelope(seg: Segment): void {
    switch (seg.id) {
      case 'ISA':
        this.counts.interchanges++;
        return;
      case 'ST':
        this.builder?.flush();
        if (seg.elements[1] !== '835') {
          this.skippingSet = seg.elements[1] ?? '?';
          this.problem({
            segment: seg.n,
            segmentId: 'ST',
            message: `transaction set ${this.skippingSet} is not an 835; skipped`,
          });
          return;
        }
        this.counts.transactions++;
        this.payer = null;
        this.builder = this.newBuilder();
        return;
      case 'N1':
        if (seg.elements[1] === 'PR' && this.builder) {
          this.payer = seg.elements[2]?.trim() || null;
          this.builder = this.newBuilder();
        }
        return;
      case 'SE':
        this.builder?.flush();
        this.builder = null;
        return;
      case 'PLB':
        this.builder?.flush();
        return;
      default:
        return;
    }
  }

  private newBuilder(): ClaimBuilder {
    const component = this.stream.separators!.component;
    return new ClaimBuilder(
      {
        claim: (c) => {
          this.counts.claims++;
          this.counts.lines += c.lines.length;
          this.onClaim(c);
        },
        problem: (p) => this.problem(p),
      },
      component,
      this.payer,
    );
  }
}

/** Reads a whole 835 held in memory (tests, small files). @throws RemitFormatError without a usable ISA. */
export function readRemit(text: string): { claims: RemitClaim[]; problems: RemitProblem[]; counts: RemitCounts } {
  const claims: RemitClaim[] = [];
  const reader = new RemitReader((c) => claims.push(c));
  reader.push(text);
  reader.finish();
  return { claims, problems: reader.problems, counts: reader.counts };
}
