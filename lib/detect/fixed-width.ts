/**
 * Fixed-width print layouts (Medicare SPR / MREP remittance, `<pre>` reports) where a header line such as
 * `PERF PROV  SERV DATE  POS NOS  PROC  MODS  BILLED ...` names the columns and each later line holds one
 * service. A code under PROC takes its modifiers from the MODS column and its units from NOS/UNITS.
 */
import { parseUnitsCell, isModifierToken } from './modifiers';

interface Column {
  name: string;
  start: number;
}

/** Values read for a code from its line's MODS and NOS/UNITS columns. */
export interface FixedWidthValues {
  modifiers: string[];
  units: number | null;
}

/**
 * Reads MODS and NOS for the code starting at an offset. `'other-column'` when the offset is on a line
 * under a header but not in its PROC column (an ICN, account or amount column: not a code); null when the
 * offset is not on a line under a header at all.
 */
export type FixedWidthLookup = (start: number) => FixedWidthValues | 'other-column' | null;

const HEADER_LINE = /^(?=.*\bPROC\b)(?=.*\b(?:MODS?|NOS|UNITS)\b).*$/gm;

function columnsOf(line: string): Column[] {
  const cols: Column[] = [];
  for (const m of line.matchAll(/\S+/g)) cols.push({ name: m[0].toUpperCase(), start: m.index });
  return cols;
}

/** Column whose header starts at or just before `pos` (values may sit one character left of a right-aligned header). */
function columnAt(cols: Column[], pos: number): Column | undefined {
  let found: Column | undefined;
  for (const c of cols) if (c.start <= pos + 1) found = c;
  return found;
}

/**
 * Builds a lookup for `text`, or returns null when the text has no PROC + MODS/NOS header line
 * (the common case, decided with one regex).
 */
export function fixedWidthLookup(text: string): FixedWidthLookup | null {
  const headers: { at: number; cols: Column[] }[] = [];
  for (const m of text.matchAll(HEADER_LINE)) headers.push({ at: m.index, cols: columnsOf(m[0]) });
  if (headers.length === 0) return null;
  return (start) => {
    const header = headers.filter((h) => h.at < start).pop();
    if (!header) return null;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (lineStart <= header.at) return null;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (columnAt(header.cols, start - lineStart)?.name !== 'PROC') return 'other-column';
    const modifiers: string[] = [];
    let units: number | null = null;
    for (const m of line.matchAll(/\S+/g)) {
      const name = columnAt(header.cols, m.index)?.name;
      if ((name === 'MODS' || name === 'MOD') && isModifierToken(m[0])) modifiers.push(m[0]);
      else if (name === 'NOS' || name === 'UNITS') units = parseUnitsCell(m[0]);
    }
    return { modifiers: modifiers.slice(0, 4), units };
  };
}
