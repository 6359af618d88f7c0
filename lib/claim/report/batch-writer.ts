/**
 * Writes a batch report claim by claim, so a day's export (100,000+ lines) never sits in memory as
 * one report. The JSON written is the same document {@link buildBatchReport} returns, with one
 * claim per line; stale-data notices are stated once for the batch, not per claim.
 */
import type { BadRow, BatchClaimResult } from '../csv/claim-batch';
import type { CheckResult } from '../types';
import { BatchSummaryCounter, batchClaimJsonText, toBatchClaimJson, type BatchSummary } from './json-report';
import { NoticeTally } from './notice-tally';
import { BatchTextWriter } from './text-report';

/** Output format of {@link writeBatchReport}. */
export type BatchFormat = 'json' | 'text';

/** Where report text goes; a promise means "wait before writing more" (a full pipe). */
export type ReportWrite = (s: string) => void | Promise<void>;

/** Collects small strings and hands them to `write` in chunks of about 64 KB. */
class Chunked {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: ReportWrite) {}

  /** Adds `s`; true when a chunk is full and {@link flush} should be awaited. */
  add(s: string): boolean {
    this.parts.push(s);
    this.size += s.length;
    return this.size >= 1 << 16;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.write(text);
  }
}

/**
 * Checks-and-writes every claim, then the bad rows and totals.
 * @param write receives text chunks in order, each ending with a newline (e.g. stdout); when it returns a
 *   promise (stdout is a pipe that is full), checking waits for it, so the report is never held in memory.
 * @param badRowCount bad rows in the file, when `badRows` lists only the first of them.
 * @returns the totals.
 */
export async function writeBatchReport(
  write: ReportWrite,
  format: BatchFormat,
  file: string,
  setting: CheckResult['setting'],
  claims: Iterable<BatchClaimResult>,
  badRows: BadRow[],
  badRowCount = badRows.length,
): Promise<BatchSummary> {
  const out = new Chunked(write);
  const counter = new BatchSummaryCounter(badRowCount);
  const notices = new NoticeTally();
  if (format === 'json') {
    // Every piece ends with a newline: CliIo.out adds one to text that lacks it.
    out.add(`{"file":${JSON.stringify(file)},"setting":${JSON.stringify(setting)},"claims":[\n`);
    let first = true;
    for (const c of claims) {
      counter.add(c);
      notices.add(c.result.notices);
      if (out.add(`${first ? '' : ','}${batchClaimJsonText(c)}\n`)) await out.flush();
      first = false;
    }
    const notListed = badRowCount > badRows.length ? `"badRowsNotListed":${badRowCount - badRows.length},\n` : '';
    out.add(`],\n"badRows":${JSON.stringify(badRows)},\n${notListed}"notices":${JSON.stringify(notices.list())},\n`);
    out.add(`"summary":${JSON.stringify(counter.summary)}}\n`);
  } else {
    const text = new BatchTextWriter(file, setting);
    for (const c of claims) {
      counter.add(c);
      text.remember(c.result.notChecked, c.result.notices);
      // Most claims have nothing to print: their JSON is not even built.
      if (c.result.findings.length === 0 && c.badRows.length === 0) continue;
      if (out.add(text.claim(toBatchClaimJson(c)))) await out.flush();
    }
    out.add(`${text.footer(badRows, counter.summary)}\n`);
  }
  await out.flush();
  return counter.summary;
}
