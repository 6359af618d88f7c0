/**
 * Writes a batch report claim by claim, so a day's export (100,000+ lines) never sits in memory as
 * one report. The JSON written is the same document {@link buildBatchReport} returns, with one
 * claim per line.
 */
import type { BadRow, BatchClaimResult } from '../csv/claim-batch';
import type { CheckResult } from '../types';
import { BatchSummaryCounter, toBatchClaimJson, type BatchSummary } from './json-report';
import { BatchTextWriter } from './text-report';

/** Output format of {@link writeBatchReport}. */
export type BatchFormat = 'json' | 'text';

/** Collects small strings and hands them to `write` in chunks of about 1 MB. */
function chunked(write: (s: string) => void): { add(s: string): void; flush(): void } {
  let parts: string[] = [];
  let size = 0;
  return {
    add(s) {
      parts.push(s);
      size += s.length;
      if (size >= 1 << 16) this.flush();
    },
    flush() {
      if (parts.length) write(parts.join(''));
      parts = [];
      size = 0;
    },
  };
}

/**
 * Checks-and-writes every claim, then the bad rows and totals.
 * @param write receives text chunks in order, each ending with a newline (e.g. stdout).
 * @param badRowCount bad rows in the file, when `badRows` lists only the first of them.
 * @returns the totals.
 */
export function writeBatchReport(
  write: (s: string) => void,
  format: BatchFormat,
  file: string,
  setting: CheckResult['setting'],
  claims: Iterable<BatchClaimResult>,
  badRows: BadRow[],
  badRowCount = badRows.length,
): BatchSummary {
  const out = chunked(write);
  const counter = new BatchSummaryCounter(badRowCount);
  if (format === 'json') {
    // Every piece ends with a newline: CliIo.out adds one to text that lacks it.
    out.add(`{"file":${JSON.stringify(file)},"setting":${JSON.stringify(setting)},"claims":[\n`);
    let first = true;
    for (const c of claims) {
      counter.add(c);
      out.add(`${first ? '' : ','}${JSON.stringify(toBatchClaimJson(c))}\n`);
      first = false;
    }
    const notListed = badRowCount > badRows.length ? `"badRowsNotListed":${badRowCount - badRows.length},\n` : '';
    out.add(`],\n"badRows":${JSON.stringify(badRows)},\n${notListed}"summary":${JSON.stringify(counter.summary)}}\n`);
  } else {
    const text = new BatchTextWriter(file, setting);
    for (const c of claims) {
      counter.add(c);
      // Most claims have nothing to print: only their skipped checks are noted, without building their JSON.
      if (c.result.findings.length === 0 && c.badRows.length === 0)
        text.remember(c.result.notChecked, c.result.notices);
      else out.add(text.claim(toBatchClaimJson(c)));
    }
    out.add(`${text.footer(badRows, counter.summary)}\n`);
  }
  out.flush();
  return counter.summary;
}
