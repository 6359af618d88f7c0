/**
 * Reader of OPPS Addendum B as CMS publishes it (CSV or tab-separated text): caption lines, then a header
 * row with `HCPCS Code`, `Short Descriptor`, `SI`, `APC`, `Relative Weight`, `Payment Rate`, … The short
 * descriptors (CPT text for CPT codes) are never kept. The release month and year come from the caption
 * or the file name (e.g. "April 2026").
 */
import { parseCsv } from '../csv/parse-csv';
import { CMS_CODE, CmsFileError, monthNumber } from './release-file';

/** Addendum B, read: status indicator and payment rate per code. */
export interface OppsFile {
  rows: Map<string, [statusIndicator: string, paymentRate: number | null]>;
  release: string;
  asOf: string;
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)[ _-]*(\d{4})/i;

/** Reads Addendum B. */
export function readOppsFile(file: string, text: string): OppsFile {
  const tabbed = text.slice(0, 4000).includes('\t');
  const parsed = tabbed
    ? { ok: true as const, rows: text.split(/\r?\n/).map((l, i) => ({ fields: l.split('\t'), line: i + 1 })) }
    : parseCsv(text, 20_000);
  if (!parsed.ok) throw new CmsFileError(file, `line ${parsed.line}: ${parsed.reason} (truncated or not CSV?)`);
  const rows = parsed.rows;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const at = rows.slice(0, 15).findIndex((r) => norm(r.fields[0] ?? '') === 'hcpcs code');
  const names = at < 0 ? [] : rows[at].fields.map(norm);
  const si = names.findIndex((n) => n === 'si' || n === 'status indicator');
  const rate = names.indexOf('payment rate');
  if (si < 0 || rate < 0)
    throw new CmsFileError(file, 'not OPPS Addendum B: no "HCPCS Code … SI … Payment Rate" header');
  const when =
    MONTH.exec(
      rows
        .slice(0, at)
        .flatMap((r) => r.fields)
        .join(' '),
    ) ?? MONTH.exec(file);
  if (!when) throw new CmsFileError(file, 'the release month and year are not in its caption or name');
  const out: OppsFile = {
    rows: new Map(),
    release: `OPPS Addendum B ${when[1][0].toUpperCase()}${when[1].slice(1).toLowerCase()} ${when[2]}`,
    asOf: `${when[2]}-${monthNumber(when[1])}-01`,
  };
  for (const r of rows.slice(at + 1)) {
    const code = (r.fields[0] ?? '').trim();
    if (code === '') continue;
    if (!CMS_CODE.test(code)) continue; // footnotes under the table
    const status = (r.fields[si] ?? '').trim();
    const rateText = (r.fields[rate] ?? '').replace(/[$,\s]/g, '');
    const value = rateText === '' ? null : Number(rateText);
    if (!status || (value !== null && Number.isNaN(value)))
      throw new CmsFileError(file, `line ${r.line}: no status indicator or an unreadable payment rate (truncated?)`);
    out.rows.set(code, [status, value]);
  }
  if (out.rows.size === 0) throw new CmsFileError(file, 'holds no codes');
  return out;
}
