/**
 * CMS release files as CMS publishes them: which table a file is (from its name), its release and as-of
 * date (from the name or its contents, never typed by hand), and the error every reader throws.
 *
 * File names (the maintainer's download, or the user's in the options page):
 * - NCCI PTP: `ccipra-v322r0-f1.txt` (practitioner) / `ccioph-…` (outpatient hospital), often inside
 *   `medicare-ncci-2026q3-practitioner-ptp-edits-ccipra-v322r0-f1.zip`
 * - MUE: `MCR_MUE_PractitionerServices_Eff_07-01-2026.csv` (also OutpatientHospital, DMESupplier)
 * - AOC: `AOC_V2026Q2_…` (CSV or tab-separated, the columns of the quarterly AOC file)
 * - PFS: `PPRRVU25_JAN.csv` / `PPRRVU2026_Jul_nonQPP.csv`, `GPCI2025.csv`, `25LOCCO.csv` (in `RVU25A.zip`)
 * - OPPS: `… Addendum B …` (CSV or tab-separated)
 * - HCPCS: `HCPC2026_JAN_ANWEB_01122026.txt` (fixed width)
 */

/** A problem with one input file; `message` names the file and says what is wrong. */
export class CmsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'CmsFileError';
  }
}

/** The kinds of CMS file ClaimLens reads. */
export type CmsFileKind = 'ptp' | 'mue' | 'aoc' | 'pfs' | 'gpci' | 'locco' | 'opps' | 'hcpcs';

/** What a file name says. */
export interface FileIdentity {
  kind: CmsFileKind;
  /** For PTP and MUE: practitioner, outpatientHospital (or dme for MUE). */
  setting?: 'practitioner' | 'outpatientHospital' | 'dme';
  /** e.g. `v322r0`, `RVU25A`, `AOC_V2026Q2`, `HCPCS 2026 January`; OPPS and GPCI read theirs from the contents. */
  release?: string;
  /** ISO date the release takes effect, when the name says. */
  asOf?: string;
  /** PTP file number 1–4. */
  part?: number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const QUARTER_LETTER: Record<string, string> = { JAN: 'A', APR: 'B', JUL: 'C', OCT: 'D' };

/** `JAN` → `01`. */
export function monthNumber(name: string): string | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toUpperCase());
  return i < 0 ? null : String(i + 1).padStart(2, '0');
}

/** The base name of a path (zip entries may sit in folders). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What the file name says, or null for a file ClaimLens does not read. */
export function identifyFile(path: string): FileIdentity | null {
  const name = baseName(path);
  let m = /(ccipra|ccioph)-v(\d\d)(\d)r(\d+)-f([1-4])/i.exec(name);
  if (m) {
    const quarter = Number(m[3]);
    if (quarter > 3) return null;
    return {
      kind: 'ptp',
      setting: m[1].toLowerCase() === 'ccipra' ? 'practitioner' : 'outpatientHospital',
      release: `v${m[2]}${m[3]}r${m[4]}`,
      // NCCI numbers releases by year (v32 = 2026) and quarter digit (0 = January … 3 = October).
      asOf: `${1994 + Number(m[2])}-${String(quarter * 3 + 1).padStart(2, '0')}-01`,
      part: Number(m[5]),
    };
  }
  m = /MCR_MUE_(Practitioner|OutpatientHospital|DMESupplier)Services_Eff_(\d\d)-(\d\d)-(\d{4})/i.exec(name);
  if (m) {
    const setting = m[1].toLowerCase().startsWith('pract')
      ? 'practitioner'
      : m[1].toLowerCase().startsWith('out')
        ? 'outpatientHospital'
        : 'dme';
    const asOf = `${m[4]}-${m[2]}-${m[3]}`;
    return { kind: 'mue', setting, release: `MUE ${setting} effective ${asOf}`, asOf };
  }
  m = /AOC_V(\d{4})Q([1-4])/i.exec(name);
  if (m) {
    const q = Number(m[2]);
    return {
      kind: 'aoc',
      release: `AOC_V${m[1]}Q${q}`,
      asOf: `${m[1]}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`,
    };
  }
  m = /^PPRRVU(\d{2}|\d{4})_(JAN|APR|JUL|OCT)/i.exec(name);
  if (m) {
    const year = m[1].length === 2 ? `20${m[1]}` : m[1];
    const mon = m[2].toUpperCase();
    return {
      kind: 'pfs',
      release: `RVU${year.slice(2)}${QUARTER_LETTER[mon]}`,
      asOf: `${year}-${monthNumber(mon)}-01`,
    };
  }
  m = /^GPCI(\d{4})/i.exec(name);
  if (m) return { kind: 'gpci', release: `GPCI ${m[1]}`, asOf: `${m[1]}-01-01` };
  m = /^(\d\d)LOCCO/i.exec(name);
  if (m) return { kind: 'locco', release: `${m[1]}LOCCO`, asOf: `20${m[1]}-01-01` };
  if (/addendum[ _-]?b/i.test(name) && /\.(csv|txt)$/i.test(name)) return { kind: 'opps' };
  m = /^HCPC(\d{4})_(JAN|APR|JUL|OCT)_ANWEB/i.exec(name);
  if (m && /\.txt$/i.test(name) && !/correction|transaction/i.test(name)) {
    const mon = m[2].toUpperCase();
    const month = ['January', 'April', 'July', 'October'][['JAN', 'APR', 'JUL', 'OCT'].indexOf(mon)];
    return { kind: 'hcpcs', release: `HCPCS ${m[1]} ${month}`, asOf: `${m[1]}-${monthNumber(mon)}-01` };
  }
  return null;
}

/** Decodes a CMS text file (Windows-1252, as CMS writes them; plain ASCII decodes the same). */
export function decodeCmsText(bytes: Uint8Array): string {
  // Some CMS CSVs end with a DOS end-of-file mark (Ctrl-Z, 0x1A) on a last, otherwise empty row.
  return new TextDecoder('windows-1252').decode(bytes).replaceAll(String.fromCharCode(0x1a), '');
}

/**
 * A code as CMS files write them: 5 letters or digits. Wider than the shapes ClaimLens detects on pages
 * (lib/codes/shapes.ts): PTP releases also list codes such as 0001A (vaccine administration).
 */
export const CMS_CODE = /^[0-9A-Z]{5}$/;

/** Splits text into lines (CRLF or LF), dropping one trailing empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
