/**
 * Readers of the Physician Fee Schedule relative value files as CMS publishes them (in `RVU25A.zip`):
 * `PPRRVU25_JAN.csv` (caption rows, a header stacked over 5 rows, one row per code and modifier; the 2026
 * files add a `PRIC IND` column), `GPCI2025.csv` (Addendum E) and `25LOCCO.csv` (counties per locality).
 * Columns are found by their names, so a column CMS adds or moves does not shift the others.
 */
import type { PfsFileRow } from '../dataset/artifacts';
import { parseCsv, type CsvRow } from '../csv/parse-csv';
import { CMS_CODE, CmsFileError } from './release-file';

/** Columns kept, by their (stacked) header names, in `pfs.json` order; see lib/dataset/artifacts.ts. */
const PFS_HEADERS = [
  'STATUS CODE',
  'GLOB DAYS',
  'MULT PROC',
  'BILAT SURG',
  'ASST SURG',
  'CO- SURG',
  'TEAM SURG',
  'PCTC IND',
  'WORK RVU',
  'NON-FAC NA INDICATOR',
  'FACILITY NA INDICATOR',
  'NON-FAC PE RVU',
  'FACILITY PE RVU',
  'MP RVU',
] as const;
const NUMERIC = new Set(['WORK RVU', 'NON-FAC PE RVU', 'FACILITY PE RVU', 'MP RVU']);

/** The relative value file, read. */
export interface PfsFile {
  /** Rows of the code without a modifier (the global service), in `pfs.json` order. */
  rows: Map<string, PfsFileRow>;
  conversionFactor: number;
  /** "RELEASED 12/23/2024" as an ISO date, when the caption has it. */
  releasedOn: string | null;
  /** CPT descriptors the file carries (never written to data/; the user may keep them as licensed text). */
  descriptors: Map<string, string>;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();

function csvRows(file: string, text: string): CsvRow[] {
  const parsed = parseCsv(text, 20_000);
  if (!parsed.ok) throw new CmsFileError(file, `line ${parsed.line}: ${parsed.reason} (truncated or not CSV?)`);
  return parsed.rows;
}

/** Header names of the PPRRVU file: the stacked rows above `HCPCS,MOD` joined per column. */
function stackedHeader(rows: CsvRow[], at: number): string[] {
  const from = Math.max(0, at - 4);
  return rows[at].fields.map((_, c) =>
    norm(
      rows
        .slice(from, at + 1)
        .map((r) => r.fields[c] ?? '')
        .join(' '),
    ),
  );
}

/** Reads `PPRRVU##_*.csv` (or the digested one-header copy). */
export function readPfsFile(file: string, text: string): PfsFile {
  const rows = csvRows(file, text);
  const at = rows
    .slice(0, 15)
    .findIndex((r) => norm(r.fields[0] ?? '') === 'HCPCS' && norm(r.fields[1] ?? '') === 'MOD');
  if (at < 0) throw new CmsFileError(file, 'not a PFS relative value file: no "HCPCS, MOD" header row');
  const names = at === 0 ? rows[0].fields.map(norm) : stackedHeader(rows, at);
  const col = (n: string) => names.indexOf(n);
  const missing = [...PFS_HEADERS, 'CONV FACTOR'].filter((n) => col(n) < 0);
  if (missing.length) throw new CmsFileError(file, `not a PFS relative value file: no ${missing.join(', ')} column`);
  const caption = rows
    .slice(0, at)
    .flatMap((r) => r.fields)
    .join(' ');
  const rel = /RELEASED (\d\d)\/(\d\d)\/(\d{4})/.exec(caption);
  const desc = col('DESCRIPTION');
  const out: PfsFile = {
    rows: new Map(),
    conversionFactor: Number.NaN,
    releasedOn: rel ? `${rel[3]}-${rel[1]}-${rel[2]}` : null,
    descriptors: new Map(),
  };
  for (const r of rows.slice(at + 1)) {
    const f = (i: number) => (r.fields[i] ?? '').trim();
    const code = f(0);
    if (code === '') continue;
    if (!CMS_CODE.test(code) || r.fields.length < names.length - 1)
      throw new CmsFileError(file, `line ${r.line} is not a relative value row (truncated?)`);
    const d = desc < 0 ? '' : f(desc);
    if (/^\d/.test(code) && d && d !== 'REDACTED' && f(1) === '') out.descriptors.set(code, d);
    if (f(1) !== '') continue;
    const values = PFS_HEADERS.map((n) => (NUMERIC.has(n) ? Number(f(col(n)) || '0') : f(col(n))));
    if (values.some((v) => typeof v === 'number' && Number.isNaN(v)))
      throw new CmsFileError(file, `line ${r.line}: an RVU is not a number`);
    out.rows.set(code, values as unknown as PfsFileRow);
    const cf = Number(f(col('CONV FACTOR')));
    if (Number.isNaN(out.conversionFactor) && cf > 0) out.conversionFactor = cf;
  }
  if (out.rows.size === 0 || !(out.conversionFactor > 0))
    throw new CmsFileError(file, 'holds no relative value rows with a conversion factor');
  return out;
}

/** One locality's GPCIs (PFS Addendum E). */
export interface GpciRow {
  /** MAC number, 5 digits (e.g. 02102). */
  mac: string;
  /** Locality number, 2 digits. */
  locality: string;
  state: string;
  name: string;
  work: number;
  pe: number;
  mp: number;
}

/** Reads `GPCI####.csv`: the year from its header ("2025 PW GPCI …"), one row per MAC locality. */
export function readGpciFile(file: string, text: string): { year: string; rows: GpciRow[] } {
  const rows = csvRows(file, text);
  const at = rows.slice(0, 10).findIndex((r) => /Locality Number/i.test(r.fields.join(',')));
  const header = at < 0 ? [] : rows[at].fields.map(norm);
  const pw = header.findIndex((h) => /^\d{4} PW GPCI/.test(h));
  if (pw < 0) throw new CmsFileError(file, 'not a GPCI file (Addendum E): no "YYYY PW GPCI" column');
  const year = header[pw].slice(0, 4);
  const out: GpciRow[] = [];
  for (const r of rows.slice(at + 1)) {
    const [mac, state, locality, name, w, pe, mp] = r.fields.map((x) => x.trim());
    if (!/^\d+$/.test(mac ?? '')) continue;
    const nums = [w, pe, mp].map(Number);
    if (nums.some((n) => !(n > 0))) throw new CmsFileError(file, `line ${r.line}: GPCIs are not numbers (truncated?)`);
    out.push({
      mac: mac.padStart(5, '0'),
      locality: locality.padStart(2, '0'),
      state,
      name,
      work: nums[0],
      pe: nums[1],
      mp: nums[2],
    });
  }
  if (out.length === 0) throw new CmsFileError(file, 'holds no GPCI rows');
  return { year, rows: out };
}

/** One payment locality and the counties in it (`##LOCCO.csv`). */
export interface LocalityRow {
  mac: string;
  locality: string;
  /** State name as CMS writes it (carried down from the row above when blank). */
  state: string;
  area: string;
  counties: string;
}

/** Reads `##LOCCO.csv`. */
export function readLocalityFile(file: string, text: string): LocalityRow[] {
  const rows = csvRows(file, text);
  const at = rows.slice(0, 10).findIndex((r) => /Fee Schedule Area/i.test(r.fields.join(',')));
  if (at < 0) throw new CmsFileError(file, 'not a locality/county file: no "Fee Schedule Area" header');
  const out: LocalityRow[] = [];
  let state = '';
  for (const r of rows.slice(at + 1)) {
    const [mac, locality, st, area, counties] = r.fields.map((x) => x.trim());
    if (!/^\d+$/.test(mac ?? '')) continue;
    if (st) state = st;
    if (!/^\d+$/.test(locality ?? '') || !area) throw new CmsFileError(file, `line ${r.line} is not a locality row`);
    out.push({ mac: mac.padStart(5, '0'), locality: locality.padStart(2, '0'), state, area, counties: counties ?? '' });
  }
  if (out.length === 0) throw new CmsFileError(file, 'holds no localities');
  return out;
}
