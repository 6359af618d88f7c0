/**
 * Reader of the HCPCS Level II quarterly file as CMS publishes it (`HCPC2026_JAN_ANWEB_01122026.txt`):
 * fixed width, 320 columns (record layout `HCPC2026_recordlayout.txt`): code 1–5, modifier 4–5, record id
 * 11 (3 first line of a procedure, 4 continuation, 7 first line of a modifier, 8 continuation), long
 * description 12–91, short 92–119, added 269–276, termination 285–292. Long text runs over continuation
 * lines and is joined with spaces. CPT (numeric) codes never appear in this file: one that does is refused.
 */
import type { HcpcsFileRow } from '../dataset/artifacts';
import { compactToIso } from '../dataset/dates';
import { CmsFileError } from './release-file';

/** Codes and modifiers of one HCPCS file. */
export interface HcpcsFile {
  codes: Map<string, HcpcsFileRow>;
  modifiers: Map<string, HcpcsFileRow>;
}

const field = (line: string, from: number, to: number) => line.slice(from - 1, to).trim();

/** Reads the fixed-width file. */
export function readHcpcsFile(file: string, text: string): HcpcsFile {
  const out: HcpcsFile = { codes: new Map(), modifiers: new Map() };
  const lines = text.split(/\r?\n/);
  let current: { row: HcpcsFileRow; long: string[] } | null = null;
  const finish = () => {
    if (current) current.row[0] = current.long.join(' ').trim();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const rec = line.charAt(10);
    const where = `line ${i + 1}`;
    if (!'3478'.includes(rec) || line.length < 119)
      throw new CmsFileError(file, `${where} is not a HCPCS record (record id "${rec}"; truncated or another layout?)`);
    const isModifier = rec === '7' || rec === '8';
    const key = isModifier ? field(line, 4, 5) : field(line, 1, 5);
    // Continuation text keeps its leading spaces: CMS's joined descriptors keep them too.
    const long = line.slice(11, 91).trimEnd();
    if (rec === '4' || rec === '8') {
      if (!current) throw new CmsFileError(file, `${where}: a continuation line without its first line`);
      current.long.push(long);
      continue;
    }
    if (!isModifier && /^\d/.test(key))
      throw new CmsFileError(file, `${where}: CPT code ${key} with descriptor text, where the Level II file has none`);
    if (!(isModifier ? /^[A-Z0-9]{2}$/ : /^[A-Z]\d{4}$/).test(key))
      throw new CmsFileError(file, `${where}: "${key}" is not a HCPCS Level II ${isModifier ? 'modifier' : 'code'}`);
    if (line.length < 292) throw new CmsFileError(file, `${where} is cut short (truncated?)`);
    finish();
    const added = compactToIso(field(line, 269, 276));
    const term = field(line, 285, 292);
    const row: HcpcsFileRow = [long.trim(), field(line, 92, 119), added, term ? compactToIso(term) : null];
    current = { row, long: [long.trim()] };
    (isModifier ? out.modifiers : out.codes).set(key, row);
  }
  finish();
  if (out.codes.size === 0) throw new CmsFileError(file, 'holds no HCPCS codes');
  return out;
}
