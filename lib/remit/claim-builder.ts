/**
 * Builds claims and service lines from the segments of one 835 transaction (CLP, SVC, CAS, DTM, REF,
 * AMT, LQ, MOA, MIA). Patient names (NM1) are not kept. Every malformed element becomes a problem
 * naming its segment; the rest of the claim is still read.
 */
import { readAmount, readCas, readDate, readProcedure, readUnits } from './elements';
import type { Segment } from './segment-stream';
import type { RemitClaim, RemitLine, RemitProblem } from './types';

/** Receives finished claims and problems. */
export interface ClaimSink {
  claim(claim: RemitClaim): void;
  problem(p: RemitProblem): void;
}

/** Holds the claim and line being read; one per transaction set. */
export class ClaimBuilder {
  private claim: RemitClaim | null = null;
  private line: RemitLine | null = null;

  constructor(
    private readonly sink: ClaimSink,
    private readonly component: string,
    private readonly payer: string | null,
  ) {}

  /** Handles one claim-loop segment; returns false when the segment is not part of the claim loop. */
  handle(seg: Segment): boolean {
    switch (seg.id) {
      case 'CLP':
        this.startClaim(seg);
        return true;
      case 'SVC':
        this.startLine(seg);
        return true;
      case 'CAS':
        this.cas(seg);
        return true;
      case 'DTM':
        this.dtm(seg);
        return true;
      case 'LQ':
        this.lq(seg);
        return true;
      case 'REF':
        if (this.line && seg.elements[1] === '6R') this.line.controlNumber = seg.elements[2]?.trim() || null;
        return true;
      case 'AMT':
        this.amt(seg);
        return true;
      case 'MOA':
        this.claimRemarks(seg, [3, 4, 5, 6, 7]);
        return true;
      case 'MIA':
        this.claimRemarks(seg, [5, 20, 21, 22, 23]);
        return true;
      default:
        return false;
    }
  }

  /** Ends the claim being read (at the next CLP, at SE, at PLB or at the end of the file). */
  flush(): void {
    if (this.claim) {
      for (const l of this.claim.lines) l.dateOfService ??= this.claim.dateFrom;
      this.sink.claim(this.claim);
    }
    this.claim = null;
    this.line = null;
  }

  private problem(seg: Segment, message: string): void {
    this.sink.problem({ segment: seg.n, segmentId: seg.id, message, claimId: this.claim?.claimId });
  }

  private amount(seg: Segment, i: number, what: string, required: boolean): number | null {
    const v = readAmount(seg.elements[i], what);
    if (typeof v === 'number') return v;
    if (required || (seg.elements[i] ?? '').trim() !== '') this.problem(seg, v);
    return null;
  }

  private startClaim(seg: Segment): void {
    this.flush();
    const e = seg.elements;
    const claimId = (e[1] ?? '').trim();
    this.claim = {
      claimId,
      status: (e[2] ?? '').trim(),
      charge: null,
      paid: null,
      patientResponsibility: null,
      payerClaimId: e[7]?.trim() || null,
      dateFrom: null,
      dateTo: null,
      adjustments: [],
      remarks: [],
      lines: [],
      payer: this.payer,
      segment: seg.n,
    };
    if (!claimId) this.problem(seg, 'claim id (CLP01) is missing');
    if (!this.claim.status) this.problem(seg, 'claim status (CLP02) is missing');
    this.claim.charge = this.amount(seg, 3, 'claim charge (CLP03)', true);
    this.claim.paid = this.amount(seg, 4, 'claim payment (CLP04)', true);
    this.claim.patientResponsibility = this.amount(seg, 5, 'patient responsibility (CLP05)', false);
  }

  private startLine(seg: Segment): void {
    this.line = null;
    if (!this.claim) {
      this.problem(seg, 'service line (SVC) outside a claim (no CLP before it); skipped');
      return;
    }
    const proc = readProcedure(seg.elements[1], this.component);
    if (typeof proc === 'string') {
      this.problem(seg, `${proc}; line skipped`);
      return;
    }
    this.line = {
      code: proc.code,
      qualifier: proc.qualifier,
      modifiers: proc.modifiers,
      units: this.units(seg),
      charge: this.amount(seg, 2, 'line charge (SVC02)', true),
      paid: this.amount(seg, 3, 'line payment (SVC03)', true),
      dateOfService: null,
      adjustments: [],
      remarks: [],
      allowed: null,
      controlNumber: null,
      segment: seg.n,
    };
    this.claim.lines.push(this.line);
  }

  private units(seg: Segment): number | null {
    const original = (seg.elements[7] ?? '').trim();
    const u = readUnits(original !== '' ? original : seg.elements[5]);
    if (typeof u === 'string') {
      this.problem(seg, `${u}; units left unknown`);
      return null;
    }
    return u > 0 ? u : null;
  }

  private cas(seg: Segment): void {
    const target = this.line ?? this.claim;
    if (!target) {
      this.problem(seg, 'adjustment (CAS) outside a claim; skipped');
      return;
    }
    const { adjustments, problems } = readCas(seg.elements);
    for (const p of problems) this.problem(seg, p);
    target.adjustments.push(...adjustments);
  }

  private dtm(seg: Segment): void {
    const qualifier = seg.elements[1];
    const date = readDate(seg.elements[2]);
    const known = ['472', '150', '151', '232', '233'].includes(qualifier);
    if (!known || !this.claim) return;
    if (!date) {
      this.problem(seg, `date "${seg.elements[2] ?? ''}" is not a CCYYMMDD date`);
      return;
    }
    if (this.line) {
      if (qualifier === '472' || qualifier === '150') this.line.dateOfService = date;
    } else if (qualifier === '232') this.claim.dateFrom = date;
    else if (qualifier === '233') this.claim.dateTo = date;
  }

  private lq(seg: Segment): void {
    if (seg.elements[1] !== 'HE') return;
    const code = (seg.elements[2] ?? '').trim().toUpperCase();
    if (!code) {
      this.problem(seg, 'remark code (LQ02) is missing');
      return;
    }
    (this.line ?? this.claim)?.remarks.push(code);
  }

  private amt(seg: Segment): void {
    if (this.line && seg.elements[1] === 'B6') this.line.allowed = this.amount(seg, 2, 'allowed amount (AMT02)', true);
  }

  private claimRemarks(seg: Segment, positions: number[]): void {
    if (!this.claim) return;
    for (const i of positions) {
      const code = (seg.elements[i] ?? '').trim().toUpperCase();
      if (code) this.claim.remarks.push(code);
    }
  }
}
