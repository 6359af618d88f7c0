/**
 * What each import does to storage, as pure functions over a {@link UiPort}: validate the whole file first
 * (lib/imports), write only when it is valid, and otherwise return the errors — storage is left untouched
 * (ground rule 6). A settings file spans two storage areas (synced settings, local imports): it is saved
 * all-or-nothing with lib/settings/staged-commit.ts, and a failure says exactly what state storage is in.
 */
import { parseDescriptorCsv } from '../../lib/imports/descriptor-csv';
import { parseOrgNotes } from '../../lib/imports/org-notes';
import { exportSettings, importSettings } from '../../lib/imports/settings-transfer';
import {
  readStoredDescriptors,
  readStoredOrgNotes,
  toStoredDescriptors,
  toStoredOrgNotes,
} from '../../lib/imports/stored-imports';
import type { ImportError } from '../../lib/imports/types';
import type { PolicyImport } from '../../lib/policy/types';
import { parseSettings } from '../../lib/settings/parse-settings';
import { type CommitPart, commitAll } from '../../lib/settings/staged-commit';

import type { Settings } from '../../lib/settings/types';
import type { LocalKey } from '../extension/storage-items';
import type { UiPort } from '../extension/ui-port';

/**
 * Outcome shown under an import control. A failure changed nothing, unless `notRestored` names the parts
 * that could not be put back after a failed save (see {@link failureHeadline}).
 */
export type ImportOutcome =
  | { ok: true; summary: string; notes?: string[] }
  | { ok: false; errors: ImportError[]; notRestored?: string[] };

/** The first line above a failure's reasons: never "unchanged" when something could not be put back. */
export function failureHeadline(outcome: { notRestored?: string[] }): string {
  const parts = outcome.notRestored ?? [];
  if (parts.length === 0) return 'Nothing was imported; your existing data is unchanged.';
  return `The import failed part-way and could not be fully undone: ${parts.join(' and ')} may now hold the file's data; everything else is unchanged. Import the file again, or your last export.`;
}

/** The kinds of file the options page imports. */
export type ImportKind = 'descriptors' | 'orgNotes' | 'settings';

/** Validates `bytes` as `kind` and stores it when valid. */
export async function runImport(
  port: UiPort,
  kind: ImportKind,
  bytes: Uint8Array,
  current: Settings,
  disabled: readonly PolicyImport[] = [],
): Promise<ImportOutcome> {
  // The page hides a turned-off import; this refuses it too, so nothing the policy forbids is ever stored.
  if (disabled.includes(kind))
    return { ok: false, errors: [{ line: 0, reason: 'This import is turned off by your organisation' }] };
  if (kind === 'descriptors') {
    const r = parseDescriptorCsv(bytes);
    if (!r.ok) return r;
    await port.setLocal({ importedDescriptors: toStoredDescriptors(r.value.entries) });
    return { ok: true, summary: r.summary };
  }
  if (kind === 'orgNotes') {
    const r = parseOrgNotes(bytes);
    if (!r.ok) return r;
    await port.setLocal({ orgNotes: toStoredOrgNotes(r.value.notes) });
    return { ok: true, summary: r.summary };
  }
  return importSettingsFile(port, bytes, current);
}

/** Local keys of the imported data (see lib/imports/stored-imports.ts). */
const IMPORT_KEYS = ['importedDescriptors', 'orgNotes'] as const;

function syncSettingsPart(port: UiPort, next: Settings): CommitPart {
  return {
    label: 'your synced settings',
    snapshot: () => port.readSettings(),
    write: () => port.writeSyncSettings(next),
    restore: (before) => port.writeSyncSettings(before as Settings),
  };
}

function localImportsPart(port: UiPort, items: Record<string, unknown>): CommitPart {
  return {
    label: 'your imported descriptors and notes',
    snapshot: () => port.getLocal(IMPORT_KEYS),
    write: () => port.setLocal(items),
    restore: async (before) => {
      const had = before as Partial<Record<LocalKey, unknown>>;
      const present = Object.fromEntries(IMPORT_KEYS.filter((k) => had[k] !== undefined).map((k) => [k, had[k]]));
      const absent: LocalKey[] = IMPORT_KEYS.filter((k) => had[k] === undefined);
      if (Object.keys(present).length) await port.setLocal(present);
      if (absent.length) await port.removeLocal(absent);
    },
  };
}

async function importSettingsFile(port: UiPort, bytes: Uint8Array, current: Settings): Promise<ImportOutcome> {
  const r = importSettings(bytes);
  if (!r.ok) return r;
  const { settings, imports } = r.value;
  // Site access is a permission of this browser: keep the sites granted here; list the file's others.
  const next: Settings = { ...settings, enabledSites: current.enabledSites, recentLookups: current.recentLookups };
  const checked = parseSettings(next);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors.map((reason) => ({ line: 0, reason })) };
  // Synced settings first: the area most likely to refuse (its quota is small), before anything else is written.
  const parts = [syncSettingsPart(port, checked.value)];
  if (imports)
    parts.push(
      localImportsPart(port, {
        importedDescriptors: toStoredDescriptors(imports.descriptors),
        orgNotes: toStoredOrgNotes(imports.orgNotes),
      }),
    );
  const saved = await commitAll(parts);
  if (!saved.ok) return { ok: false, errors: [{ line: 0, reason: saved.reason }], notRestored: saved.notRestored };
  const notGranted = settings.enabledSites.filter((s) => !current.enabledSites.includes(s));
  return {
    ok: true,
    summary: r.summary,
    notes:
      notGranted.length > 0
        ? [`Sites in the file that are not enabled in this browser (enable them under Sites): ${notGranted.join(', ')}`]
        : undefined,
  };
}

/** The settings file to download: settings plus the stored imports (validated on the way out too). */
export async function exportFile(port: UiPort, settings: Settings): Promise<string> {
  const raw = await port.getLocal(['importedDescriptors', 'orgNotes']);
  return exportSettings(settings, {
    descriptors: readStoredDescriptors(raw.importedDescriptors).value,
    orgNotes: readStoredOrgNotes(raw.orgNotes).value,
  });
}

/** Counts of what is imported now (for the section's status line). */
export async function importCounts(port: UiPort): Promise<{ descriptors: number; orgNotes: number }> {
  const raw = await port.getLocal(['importedDescriptors', 'orgNotes']);
  return {
    descriptors: readStoredDescriptors(raw.importedDescriptors).value.length,
    orgNotes: readStoredOrgNotes(raw.orgNotes).value.length,
  };
}
