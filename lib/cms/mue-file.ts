/**
 * Reader of an MUE file as CMS publishes it (`MCR_MUE_PractitionerServices_Eff_07-01-2026.csv`): one quoted
 * AMA-notice cell, a two-line quoted header (`"HCPCS/\nCPT Code"`, `… MUE Values`, `MUE Adjudication
 * Indicator`, `MUE Rationale`), then one row per code with the MAI written as `"3 Date of Service Edit:
 * Clinical"`.
 */
import { parseCsv } from '../csv/parse-csv';
import { CMS_CODE, CmsFileError } from './release-file';

/** One MUE row. */
export interface MueFileRow {
  units: number;
  mai: 1 | 2 | 3;
  rationale: string | null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Reads an MUE file's text.
 * @throws {@link CmsFileError} for another layout, a bad row (with its line) or a truncated file.
 */
export function readMueFile(file: string, text: string): Map<string, MueFileRow> {
  const parsed = parseCsv(text, 20_000);
  if (!parsed.ok) throw new CmsFileError(file, `line ${parsed.line}: ${parsed.reason} (truncated or not CSV?)`);
  const rows = parsed.rows;
  const at = rows.slice(0, 5).findIndex((r) => /^HCPCS ?\/ ?CPT Code$/i.test(norm(r.fields[0] ?? '')));
  if (at < 0 || !/MUE Values/i.test(rows[at].fields[1] ?? '') || !/Adjudication/i.test(rows[at].fields[2] ?? ''))
    throw new CmsFileError(
      file,
      'not an MUE file: no "HCPCS/CPT Code, … MUE Values, MUE Adjudication Indicator" header',
    );
  if (rows[at].fields.length > 4 && rows[at].fields.slice(4).some((h) => /desc/i.test(h)))
    throw new CmsFileError(file, 'has a descriptor column; CMS MUE files carry none');
  const out = new Map<string, MueFileRow>();
  for (const r of rows.slice(at + 1)) {
    const [code = '', unitsText = '', maiText = '', rationale = ''] = r.fields.map((x) => x.trim());
    if (code === '' && unitsText === '') continue;
    const where = `line ${r.line}`;
    if (!CMS_CODE.test(code)) throw new CmsFileError(file, `${where}: "${code.slice(0, 12)}" is not a CPT/HCPCS code`);
    const units = Number(unitsText);
    const mai = Number(maiText.charAt(0));
    if (!/^\d+$/.test(unitsText) || ![1, 2, 3].includes(mai))
      throw new CmsFileError(
        file,
        `${where}: "${unitsText}" / "${maiText.slice(0, 40)}" are not MUE units and an adjudication indicator (truncated?)`,
      );
    out.set(code, { units, mai: mai as 1 | 2 | 3, rationale: rationale || null });
  }
  if (out.size === 0) throw new CmsFileError(file, 'holds no MUE rows');
  return out;
}
