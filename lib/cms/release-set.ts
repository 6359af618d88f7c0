/**
 * Reads a set of CMS release files (zips or extracted files) into the tables ClaimLens builds its dataset
 * from, with the checks every set must pass before anything is written or stored: every file recognised,
 * a PTP set complete (f1–f4) and of one release, no table older than the one it would replace.
 * Pure: the Node build (scripts/build-data) and the options page run the same code.
 */
import { unzipSync } from 'fflate';
import type { AocFileRow } from '../dataset/artifacts';
import { PtpTableBuilder } from '../dataset/ptp-builder';
import { readAocFile } from './aoc-file';
import { type HcpcsFile, readHcpcsFile } from './hcpcs-file';
import { type MueFileRow, readMueFile } from './mue-file';
import { type OppsFile, readOppsFile } from './opps-file';
import { type GpciRow, type LocalityRow, type PfsFile, readGpciFile, readLocalityFile, readPfsFile } from './pfs-file';
import { readPtpFile } from './ptp-file';
import { CmsFileError, type FileIdentity, baseName, decodeCmsText, identifyFile } from './release-file';

/** One input file: its name and bytes. */
export interface CmsInputFile {
  name: string;
  bytes: Uint8Array;
}

/** Release and as-of date of a table read from files. */
export interface ReleaseOf {
  release: string;
  asOf: string;
  files: string[];
}

/** Everything a release set held. Absent tables keep the bundled version. */
export interface ReleaseTables {
  ptp?: ReleaseOf & { setting: 'practitioner'; bytes: Uint8Array; rows: number };
  /** Outpatient hospital PTP (`ccioph-…`): an import keeps it (lib/data-update/); the bundled data has none. */
  ptpOutpatient?: ReleaseOf & { setting: 'outpatientHospital'; bytes: Uint8Array; rows: number };
  mue: (ReleaseOf & { setting: 'practitioner' | 'outpatientHospital' | 'dme'; rows: Map<string, MueFileRow> })[];
  aoc?: ReleaseOf & { rows: Map<string, AocFileRow> };
  pfs?: ReleaseOf & PfsFile;
  gpci?: ReleaseOf & { rows: GpciRow[] };
  localities?: ReleaseOf & { rows: LocalityRow[] };
  opps?: ReleaseOf & Pick<OppsFile, 'rows'>;
  hcpcs?: ReleaseOf & HcpcsFile;
  /** Files inside zips that ClaimLens does not read (layout PDFs, xlsx copies, …). */
  ignored: string[];
}

/** As-of dates of the tables a set would replace, to refuse older releases. */
export type BundledAsOf = Partial<
  Record<'ptp' | 'ptpOutpatientHospital' | 'aoc' | 'pfs' | 'opps' | 'hcpcs' | 'mue' | 'mueOutpatientHospital', string>
>;

/** Progress callback: a file name and rows read so far. */
export type Progress = (step: { file: string; done: number; total: number }) => void;

/**
 * Unzips zips (one level of nesting: a zip of zips) and keeps plain files as they are.
 * @throws {@link CmsFileError} for a zip that is damaged or truncated.
 */
export function expandZips(files: readonly CmsInputFile[]): { files: CmsInputFile[]; ignored: string[] } {
  const out: CmsInputFile[] = [];
  const ignored: string[] = [];
  const visit = (f: CmsInputFile, depth: number, container?: string) => {
    if (!/\.zip$/i.test(f.name)) {
      if (identifyFile(f.name)) out.push(f);
      else if (container) ignored.push(`${container}/${f.name}`);
      else throw new CmsFileError(f.name, 'not a CMS release file ClaimLens reads (see README: Updating the data)');
      return;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(f.bytes);
    } catch (e) {
      throw new CmsFileError(f.name, `not a readable zip (${(e as Error).message}; truncated download?)`);
    }
    const before = out.length;
    for (const [path, bytes] of Object.entries(entries)) {
      if (path.endsWith('/')) continue;
      if (depth < 1 || !/\.zip$/i.test(path)) visit({ name: baseName(path), bytes }, depth + 1, f.name);
      else ignored.push(`${f.name}/${path}`);
    }
    if (out.length === before) throw new CmsFileError(f.name, 'holds no CMS release file ClaimLens reads');
  };
  for (const f of files) visit(f, 0);
  return { files: out, ignored };
}

function refuseOlder(file: string, table: string, asOf: string, bundled: string | undefined) {
  if (bundled && asOf < bundled)
    throw new CmsFileError(
      file,
      `${table} as of ${asOf} is older than the one in use (as of ${bundled}); nothing was changed`,
    );
}

/** Reads the PTP files of one setting as one set (mixed or incomplete sets are refused before their age). */
function readPtpSet(group: { file: CmsInputFile; id: FileIdentity }[], bundled?: string, onProgress?: Progress) {
  const releases = [...new Set(group.map((g) => g.id.release))];
  if (releases.length > 1)
    throw new CmsFileError(
      group.map((g) => g.file.name).join(', '),
      `mixed releases in one PTP set (${group.map((g) => `f${g.id.part} is ${g.id.release}`).join(', ')}); use the four files of one release`,
    );
  const parts = group.map((g) => g.id.part);
  const missing = [1, 2, 3, 4].filter((p) => !parts.includes(p));
  const twice = parts.filter((p, i) => parts.indexOf(p) !== i);
  if (missing.length || twice.length)
    throw new CmsFileError(
      group.map((g) => g.file.name).join(', '),
      missing.length
        ? `PTP set ${releases[0]} is incomplete: f${missing.join(', f')} missing (a release is four files, f1–f4)`
        : `PTP set ${releases[0]} has f${twice[0]} twice`,
    );
  for (const g of group) refuseOlder(g.file.name, `PTP ${g.id.release}`, g.id.asOf as string, bundled);
  const builder = new PtpTableBuilder();
  let rows = 0;
  const sorted = [...group].sort((a, b) => (a.id.part ?? 0) - (b.id.part ?? 0));
  sorted.forEach((g, i) => {
    rows += readPtpFile(g.file.name, decodeCmsText(g.file.bytes), builder).rows;
    onProgress?.({ file: g.file.name, done: i + 1, total: sorted.length });
  });
  const files = sorted.map((g) => g.file.name);
  return { builder, rows, files, release: releases[0] as string, asOf: group[0].id.asOf as string };
}

/**
 * Reads every file of a set. All-or-nothing: the first problem throws, naming the file.
 * @throws {@link CmsFileError}
 */
export function readReleaseSet(
  input: readonly CmsInputFile[],
  bundled: BundledAsOf,
  onProgress?: Progress,
): ReleaseTables {
  const { files, ignored } = expandZips(input);
  const out: ReleaseTables = { mue: [], ignored };
  const ptp = new Map<string, { file: CmsInputFile; id: FileIdentity }[]>();
  const seen = new Set<string>();
  for (const file of files) {
    const id = identifyFile(file.name) as FileIdentity;
    const one = (key: string) => {
      if (seen.has(key)) throw new CmsFileError(file.name, `a second ${key} file in one set; give one per table`);
      seen.add(key);
    };
    const text = () => decodeCmsText(file.bytes);
    const rel = { release: id.release ?? '', asOf: id.asOf ?? '', files: [file.name] };
    if (id.kind === 'ptp') ptp.set(id.setting as string, [...(ptp.get(id.setting as string) ?? []), { file, id }]);
    else if (id.kind === 'mue') {
      one(`MUE ${id.setting}`);
      refuseOlder(
        file.name,
        'this MUE table',
        rel.asOf,
        id.setting === 'practitioner' ? bundled.mue : bundled.mueOutpatientHospital,
      );
      out.mue.push({ ...rel, setting: id.setting as 'practitioner', rows: readMueFile(file.name, text()) });
    } else if (id.kind === 'aoc') {
      one('AOC');
      refuseOlder(file.name, 'this AOC table', rel.asOf, bundled.aoc);
      out.aoc = { ...rel, rows: readAocFile(file.name, text(), rel.asOf) };
    } else if (id.kind === 'pfs') {
      one('PFS relative value');
      refuseOlder(file.name, 'this PFS file', rel.asOf, bundled.pfs);
      out.pfs = { ...rel, ...readPfsFile(file.name, text()) };
    } else if (id.kind === 'gpci') {
      one('GPCI');
      const g = readGpciFile(file.name, text());
      out.gpci = { ...rel, release: `GPCI ${g.year}`, asOf: `${g.year}-01-01`, rows: g.rows };
    } else if (id.kind === 'locco') {
      one('locality');
      out.localities = { ...rel, rows: readLocalityFile(file.name, text()) };
    } else if (id.kind === 'opps') {
      one('OPPS Addendum B');
      const o = readOppsFile(file.name, text());
      refuseOlder(file.name, 'this Addendum B', o.asOf, bundled.opps);
      out.opps = { release: o.release, asOf: o.asOf, files: [file.name], rows: o.rows };
    } else if (id.kind === 'hcpcs') {
      one('HCPCS');
      refuseOlder(file.name, 'this HCPCS file', rel.asOf, bundled.hcpcs);
      out.hcpcs = { ...rel, ...readHcpcsFile(file.name, text()) };
    }
  }
  for (const [setting, group] of ptp) {
    const practitioner = setting === 'practitioner';
    const set = readPtpSet(group, practitioner ? bundled.ptp : bundled.ptpOutpatientHospital, onProgress);
    const base = {
      release: set.release,
      asOf: set.asOf,
      files: set.files,
      rows: set.rows,
      bytes: set.builder.encode(),
    };
    if (practitioner) out.ptp = { ...base, setting: 'practitioner' };
    else out.ptpOutpatient = { ...base, setting: 'outpatientHospital' };
  }
  return out;
}
