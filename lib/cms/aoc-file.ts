/**
 * Reader of the quarterly NCCI add-on code (AOC) edit file (`AOC_V2026Q2_…`, CSV or tab-separated) in the
 * columns CMS publishes: `AOC_Edit_Type`, `Add-On_Code`, `AOC_DelDT`, `Primary_Code`, `Primary_Code_DelDT`,
 * `AOC_Edit_EffDT`, `AOC_Edit_DelDT` (Julian `YYYYDDD` dates), `Special_Instruction_Notes`. Rows are merged
 * per add-on code into the `aoc.json` row shape, every row kept with its dates.
 */
import type { AocFileRow } from '../dataset/artifacts';
import { julianToIso } from '../dataset/dates';
import { parseCsv } from '../csv/parse-csv';
import { CMS_CODE, CmsFileError } from './release-file';

const COLUMNS = [
  'AOC_Edit_Type',
  'Add-On_Code',
  'AOC_DelDT',
  'Primary_Code',
  'Primary_Code_DelDT',
  'AOC_Edit_EffDT',
  'AOC_Edit_DelDT',
  'Special_Instruction_Notes',
] as const;

/** Julian or ISO (the digested copies carry `_iso` columns) date, or '' when empty; null when malformed. */
function dateOf(text: string): string | null {
  if (text === '') return '';
  return julianToIso(text) ?? (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null);
}

/**
 * Reads an AOC file; `asOf` (from its name) decides which rows are active for the notes and edit type.
 * @throws {@link CmsFileError} for another layout or a bad row.
 */
export function readAocFile(file: string, text: string, asOf: string): Map<string, AocFileRow> {
  const tabbed = (text.split('\n', 1)[0] ?? '').includes('\t');
  const parsed = tabbed
    ? { ok: true as const, rows: text.split(/\r?\n/).map((l, i) => ({ fields: l.split('\t'), line: i + 1 })) }
    : parseCsv(text, 20_000);
  if (!parsed.ok) throw new CmsFileError(file, `line ${parsed.line}: ${parsed.reason} (truncated or not CSV?)`);
  const [header, ...rows] = parsed.rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const names = (header?.fields ?? []).map((h) => h.trim());
  const col = COLUMNS.map((c) => names.indexOf(c));
  if (col.some((i) => i < 0))
    throw new CmsFileError(
      file,
      `not an AOC edit file: missing columns ${COLUMNS.filter((_, i) => col[i] < 0).join(', ')}`,
    );
  if (names.some((n) => /desc/i.test(n)))
    throw new CmsFileError(file, 'has a descriptor column; the AOC file carries none');
  const out = new Map<string, AocFileRow>();
  const typed = new Set<string>();
  for (const r of rows) {
    const [type, code, codeDel, primary, primaryDel, eff, editDel, note] = col.map((i) => (r.fields[i] ?? '').trim());
    const where = `line ${r.line}`;
    const dates = [codeDel, primaryDel, eff, editDel].map(dateOf);
    if (!['1', '2', '3'].includes(type) || !CMS_CODE.test(code) || dates.some((d) => d === null) || !dates[2])
      throw new CmsFileError(
        file,
        `${where} is not an AOC edit (type, add-on code or Julian dates unreadable; truncated?)`,
      );
    const [addOnDel, pDel, effIso, delIso] = dates as string[];
    const row: AocFileRow = out.get(code) ?? [Number(type) as 1 | 2 | 3, [], [], effIso, addOnDel || null];
    const active = delIso === '' || delIso > asOf;
    if (active) {
      if (typed.has(code) && row[0] !== Number(type))
        throw new CmsFileError(file, `${where}: add-on ${code} has active rows of edit types ${row[0]} and ${type}`);
      row[0] = Number(type) as 1 | 2 | 3;
      typed.add(code);
      if (note && !row[2].includes(note)) row[2].push(note);
    }
    const ends = [delIso, pDel].filter(Boolean).sort()[0] ?? null;
    if (primary) row[1].push([primary, effIso, ends]);
    if (effIso < row[3]) row[3] = effIso;
    out.set(code, row);
  }
  if (out.size === 0) throw new CmsFileError(file, 'holds no add-on edits');
  for (const row of out.values()) {
    const seen = new Set<string>();
    row[1] = row[1]
      .filter((p) => !seen.has(p.join('|')) && seen.add(p.join('|')))
      .sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
    row[2].sort();
  }
  return out;
}
