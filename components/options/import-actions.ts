/**
 * What each import does to storage, as pure functions over a {@link UiPort}: validate the whole file first
 * (lib/imports), write only when it is valid (one `storage.local.set` per import), and otherwise return the
 * errors — storage is left untouched (ground rule 6).
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

import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../popup/ui-port';

/** Outcome shown under an import control. */
export type ImportOutcome = { ok: true; summary: string; notes?: string[] } | { ok: false; errors: ImportError[] };

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
  const r = importSettings(bytes);
  if (!r.ok) return r;
  const { settings, imports } = r.value;
  // Site access is a permission of this browser: keep the sites granted here; list the file's others.
  const next: Settings = { ...settings, enabledSites: current.enabledSites, recentLookups: current.recentLookups };
  const checked = parseSettings(next);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors.map((reason) => ({ line: 0, reason })) };
  await port.setLocal({
    importedDescriptors: toStoredDescriptors(imports.descriptors),
    orgNotes: toStoredOrgNotes(imports.orgNotes),
  });
  await port.writeSyncSettings(checked.value);
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
