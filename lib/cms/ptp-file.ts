/**
 * Reader of an NCCI PTP edit file as CMS publishes it (`ccipra-v322r0-f1.txt`, `ccioph-…`): tab-separated,
 * a 6-line header (AMA notice, title, a column header wrapped over 4 lines), then one edit per line —
 * column 1, column 2, `*` if in existence before 1996, effective date `YYYYMMDD`, deletion date `YYYYMMDD`
 * or `*` (none), modifier indicator 0/1/9, rationale. Every row is checked; the first bad one stops the
 * file with its line number (nothing is half-read).
 */
import { compactToIso } from '../dataset/dates';
import type { PtpTableBuilder } from '../dataset/ptp-builder';
import { CMS_CODE, CmsFileError } from './release-file';

/** What one PTP file held. */
export interface PtpFileSummary {
  file: string;
  rows: number;
  firstColumn1: string;
  lastColumn1: string;
}

/** Index of the first data line, after checking the header is the PTP one. */
function headerEnd(file: string, lines: readonly string[]): number {
  const head = lines.slice(0, 10);
  const at = head.findIndex((l) => /^Column 1\tColumn 2/i.test(l));
  if (at < 0)
    throw new CmsFileError(file, 'not an NCCI PTP edit file: no "Column 1 / Column 2" header in its first lines');
  let i = at + 1;
  while (i < lines.length && lines[i].startsWith('\t')) i++;
  return i;
}

/**
 * Reads one PTP file's text into `builder`.
 * @param maxLines refuse files with more lines than this (the real files have ~680,000).
 * @throws {@link CmsFileError} naming the file and the line for any row that is not an edit.
 */
export function readPtpFile(
  file: string,
  text: string,
  builder: PtpTableBuilder,
  maxLines = 3_000_000,
): PtpFileSummary {
  const lines = text.split(/\r?\n/);
  if (lines.length > maxLines) throw new CmsFileError(file, `more than ${maxLines.toLocaleString('en-US')} lines`);
  const ended = lines.length > 1 && lines[lines.length - 1] === '';
  if (ended) lines.pop();
  let i = headerEnd(file, lines);
  // A release uses a few hundred distinct dates: convert each once.
  const dates = new Map<string, string | null>();
  const isoOf = (t: string) => {
    let d = dates.get(t);
    if (d === undefined) {
      d = compactToIso(t);
      dates.set(t, d);
    }
    return d;
  };
  let rows = 0;
  let first = '';
  let last = '';
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const f = line.split('\t');
    const where = `line ${i + 1}`;
    // CMS ends every line, the last included, with a line break: a last line without one was cut off.
    if (i === lines.length - 1 && !ended)
      throw new CmsFileError(file, `truncated: the last line (${where}) ends in the middle of an edit`);
    if (f.length < 7) {
      throw new CmsFileError(file, `${where} has ${f.length} columns; a PTP edit has 7`);
    }
    if (f.length > 7 && f.slice(7).some((x) => x.trim() !== ''))
      throw new CmsFileError(file, `${where} has extra columns (descriptor text?); a PTP edit has 7`);
    const [c1, c2, , effText, delText, miText, rationale] = f;
    if (!CMS_CODE.test(c1) || !CMS_CODE.test(c2))
      throw new CmsFileError(file, `${where}: "${c1.slice(0, 12)}" / "${c2.slice(0, 12)}" are not CPT/HCPCS codes`);
    const eff = isoOf(effText);
    const del = delText === '*' ? '' : isoOf(delText);
    if (!eff || del === null)
      throw new CmsFileError(file, `${where}: dates "${effText}" / "${delText}" are not YYYYMMDD`);
    if (miText !== '0' && miText !== '1' && miText !== '9')
      throw new CmsFileError(file, `${where}: modifier indicator "${miText}" is not 0, 1 or 9`);
    builder.add(c1, c2, Number(miText) as 0 | 1 | 9, rationale.trim(), eff, del);
    if (!first) first = c1;
    last = c1;
    rows++;
  }
  if (rows === 0) throw new CmsFileError(file, 'holds no PTP edits (empty or cut after the header)');
  return { file, rows, firstColumn1: first, lastColumn1: last };
}
