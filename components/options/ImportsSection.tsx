/**
 * Imports (local only, never uploaded): a licensed descriptor CSV, organisation notes, and settings export
 * and re-import. Each file is validated whole before anything is stored; errors name the line and reason.
 * Everything from a file is rendered as text. State and actions: use-imports.ts; storage: import-actions.ts.
 */
import type { ManagedPolicy, PolicyImport } from '../../lib/policy/types';
import { emptyPolicy } from '../../lib/policy/types';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import { FileImport } from './FileImport';
import { ImportedCount } from './ImportedCount';
import { useImports } from './use-imports';

export function ImportsSection({
  port,
  settings,
  policy = emptyPolicy(),
}: {
  port: UiPort;
  settings: Settings;
  policy?: ManagedPolicy;
}) {
  const off = (kind: PolicyImport) => policy.disabledImports.includes(kind);
  const { outcomes, busy, counts, onFile, clear, download } = useImports(port, settings, policy);

  return (
    <section aria-labelledby="imports-h" id="imports">
      <h2 id="imports-h">Imports</h2>
      <p>
        Files are read in this browser and kept in its local storage only; they are never uploaded. Files up to 5 MB.
      </p>
      <h3>Licensed descriptors</h3>
      <p class="cl-muted">
        A CSV you are licensed to use: the CMS PFS RVU layout (HCPCS, DESCRIPTION columns) or plain{' '}
        <code>code,descriptor</code>. Imported descriptors show in the popover labelled “Imported by you”.
      </p>
      <FileImport
        kind="descriptors"
        label="Descriptor CSV"
        accept=".csv,text/csv"
        busy={busy}
        outcome={outcomes.descriptors}
        onFile={onFile}
        off={off('descriptors')}
      />
      {counts && (
        <ImportedCount
          kind="descriptors"
          count={counts.descriptors}
          noun="descriptors imported"
          onRemove={() => clear('importedDescriptors')}
        />
      )}
      <h3>Organisation notes</h3>
      <p class="cl-muted">
        JSON or CSV of payer, code or range, text and optional source; shown beside the payer notes.
      </p>
      <FileImport
        kind="orgNotes"
        label="Notes file"
        accept=".json,.csv,application/json,text/csv"
        busy={busy}
        outcome={outcomes.orgNotes}
        onFile={onFile}
        off={off('orgNotes')}
      />
      {counts && (
        <ImportedCount
          kind="orgNotes"
          count={counts.orgNotes}
          noun="organisation notes"
          onRemove={() => clear('orgNotes')}
        />
      )}
      <h3>Settings</h3>
      <div class="cl-row">
        <button type="button" onClick={download}>
          Export settings
        </button>
      </div>
      <FileImport
        kind="settings"
        label="Import a settings file"
        accept=".json,application/json"
        busy={busy}
        outcome={outcomes.settings}
        onFile={onFile}
        off={off('settings')}
      />
    </section>
  );
}
