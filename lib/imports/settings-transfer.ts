/**
 * Export and re-import of everything the user set up: settings plus imported descriptors and
 * organisation notes, as one JSON file with a format id and version.
 *
 * Recent lookups are personal working history and are not exported; an imported file yields an
 * empty list, and the caller keeps the current one. Enabled sites are exported, but each needs its
 * host permission granted again on the importing browser (the options page asks).
 */
import { isRecord, own } from '../settings/field-readers';
import { parseSettings } from '../settings/parse-settings';
import { publicSuffixWildcard } from '../settings/public-suffix';
import { toLocalBlob, toSyncBlob } from '../settings/storage';
import type { Settings } from '../settings/types';
import { decodeImport, MAX_IMPORT_BYTES } from './decode';
import { checkDescriptor, DescriptorCollector, type DescriptorEntry } from './descriptor-entry';
import { jsonErrorLine } from './json-lines';
import { isoToday } from '../editorial/provenance';
import { checkOrgNote, MAX_NOTES, type OrgNote } from './org-note-entry';
import { failure, fileFailure, type ImportError, type ImportInput, type ImportResult } from './types';

/** Format id written into every export. */
export const EXPORT_FORMAT = 'claimlens-settings';
/** Export layout this build writes and the newest it reads. */
export const EXPORT_FORMAT_VERSION = 1;

/** The user's imported data that travels with an export. */
export interface ImportedData {
  descriptors: DescriptorEntry[];
  orgNotes: OrgNote[];
}

/** A validated settings file. */
export interface SettingsTransfer {
  settings: Settings;
  /** `null` when the file has no `imports` section: the imports stored now are to be kept, not emptied. */
  imports: ImportedData | null;
}

/** Serialises settings (without recent lookups) and imported data as a pretty-printed JSON file. */
export function exportSettings(settings: Settings, imports: Partial<ImportedData> = {}): string {
  const { recentLookups: _omitted, ...local } = toLocalBlob(settings);
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      settings: { ...toSyncBlob(settings), ...local },
      imports: { descriptors: imports.descriptors ?? [], orgNotes: imports.orgNotes ?? [] },
    },
    null,
    2,
  )}\n`;
}

function readList<T>(
  raw: unknown,
  path: string,
  errors: ImportError[],
  check: (item: unknown, i: number) => T | string,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push({ line: 0, reason: `${path} must be a list` });
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, i) => {
    const got = check(item, i);
    if (typeof got === 'string') errors.push({ line: 0, reason: `${path}[${i}]: ${got}` });
    else out.push(got);
  });
  return out;
}

function readImports(raw: unknown, errors: ImportError[]): ImportedData | null {
  if (raw === undefined) return null;
  if (!isRecord(raw)) {
    errors.push({ line: 0, reason: 'imports must be an object' });
    return { descriptors: [], orgNotes: [] };
  }
  const collector = new DescriptorCollector();
  readList(own(raw, 'descriptors'), 'imports.descriptors', errors, (item, i) => {
    if (!isRecord(item) || typeof own(item, 'code') !== 'string' || typeof own(item, 'text') !== 'string')
      return 'expected { code, text }';
    const got = checkDescriptor(own(item, 'code') as string, own(item, 'text') as string);
    return 'reason' in got ? got.reason : (collector.add(got, i + 1)?.replace(/line/g, 'entry') ?? got);
  });
  const orgNotes = readList(own(raw, 'orgNotes'), 'imports.orgNotes', errors, (item) => {
    if (!isRecord(item)) return 'expected { payer, from, to, text, source? }';
    const from = own(item, 'from');
    const to = own(item, 'to');
    const codes = typeof from === 'string' && typeof to === 'string' ? `${from}-${to}` : undefined;
    const got = checkOrgNote(
      { payer: own(item, 'payer'), codes, text: own(item, 'text'), source: own(item, 'source') },
      { today: isoToday() },
    );
    return 'reason' in got ? got.reason : got;
  });
  if (orgNotes.length > MAX_NOTES) errors.push({ line: 0, reason: `More than ${MAX_NOTES} organisation notes` });
  return { descriptors: collector.entries(), orgNotes };
}

/**
 * Validates a settings file strictly: wrong format id, a newer format or settings version, any
 * invalid field or imported entry rejects the whole file (nothing is applied). Never throws.
 */
export function importSettings(input: ImportInput, maxBytes = MAX_IMPORT_BYTES): ImportResult<SettingsTransfer> {
  const decoded = decodeImport(input, maxBytes);
  if (!decoded.ok) return decoded;
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (e) {
    return failure([{ line: jsonErrorLine(decoded.text, e), reason: 'File is not valid JSON' }]);
  }
  if (!isRecord(data) || own(data, 'format') !== EXPORT_FORMAT)
    return fileFailure('Not a ClaimLens settings file (format id missing or different)');
  const version = own(data, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fileFailure('Settings file has no valid formatVersion');
  if (version > EXPORT_FORMAT_VERSION) {
    return fileFailure(
      `Settings file was exported by a newer ClaimLens (format version ${version}); this version reads up to ${EXPORT_FORMAT_VERSION}. Update ClaimLens and try again`,
    );
  }
  const rawSettings = own(data, 'settings');
  if (!isRecord(rawSettings)) return fileFailure('Settings file has no settings object');
  // An export always carries a version; without one, parseSettings would take the legacy layout.
  if (own(rawSettings, 'version') === undefined) return fileFailure('Settings file has no settings.version');
  const parsed = parseSettings(rawSettings);
  const errors: ImportError[] = parsed.errors.map((reason) => ({
    line: 0,
    reason: `settings.${reason.replace(/^settings[.:]\s*/, '')}`,
  }));
  for (const site of parsed.value.enabledSites) {
    const refused = publicSuffixWildcard(site);
    if (refused) errors.push({ line: 0, reason: `settings.enabledSites: ${refused}` });
  }
  const imports = readImports(own(data, 'imports'), errors);
  if (errors.length > 0) return failure(errors);
  const settings = { ...parsed.value, recentLookups: [] };
  const summary = imports
    ? `Imported settings, ${imports.descriptors.length} descriptors, ${imports.orgNotes.length} organisation notes`
    : 'Imported settings; the file has no imported descriptors or notes, so yours were kept';
  return { ok: true, value: { settings, imports }, summary };
}
