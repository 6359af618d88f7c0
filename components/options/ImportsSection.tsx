/**
 * Imports (local only, never uploaded): a licensed descriptor CSV, organisation notes, and settings export
 * and re-import. Each file is validated whole before anything is stored; errors name the line and reason.
 * Everything from a file is rendered as text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ManagedPolicy, PolicyImport } from '../../lib/policy/types';
import { emptyPolicy } from '../../lib/policy/types';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import {
  exportFile,
  failureHeadline,
  importCounts,
  runImport,
  type ImportKind,
  type ImportOutcome,
} from './import-actions';

function Outcome({ outcome }: { outcome: ImportOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.ok) {
    return (
      <div role="status" class="cl-ok cl-import-ok">
        <p>{outcome.summary}</p>
        {outcome.notes?.map((n) => (
          <p>{n}</p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" class="cl-import-errors">
      <p>{failureHeadline(outcome)}</p>
      <ul>
        {outcome.errors.map((e) => (
          <li data-line={e.line}>
            {e.line > 0 ? `Line ${e.line}: ` : ''}
            {e.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FileImport(props: {
  kind: ImportKind;
  label: string;
  accept: string;
  busy: boolean;
  outcome?: ImportOutcome;
  onFile(kind: ImportKind, f: File): void;
  /** Turned off by the organisation's policy. */
  off?: boolean;
}) {
  if (props.off)
    return (
      <p class="cl-import cl-muted" data-import={props.kind} data-off="policy">
        {props.label}: turned off by your organisation.
      </p>
    );
  return (
    <div class="cl-import" data-import={props.kind}>
      <label class="cl-row">
        {props.label}
        <input
          type="file"
          accept={props.accept}
          disabled={props.busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const f = input.files?.[0];
            if (f) props.onFile(props.kind, f);
            input.value = '';
          }}
        />
      </label>
      <Outcome outcome={props.outcome} />
    </div>
  );
}

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
  const [outcomes, setOutcomes] = useState<Partial<Record<ImportKind, ImportOutcome>>>({});
  const [busy, setBusy] = useState(false);
  const [counts, setCounts] = useState<{ descriptors: number; orgNotes: number } | null>(null);
  const refresh = () => void importCounts(port).then(setCounts, () => setCounts(null));
  useEffect(refresh, [port]);

  const onFile = (kind: ImportKind, file: File) => {
    setBusy(true);
    void file
      .arrayBuffer()
      .then((buf) => runImport(port, kind, new Uint8Array(buf), settings, policy.disabledImports))
      .catch(() => ({ ok: false as const, errors: [{ line: 0, reason: 'The file could not be read or stored' }] }))
      .then((o) => {
        setOutcomes((s) => ({ ...s, [kind]: o }));
        setBusy(false);
        refresh();
      });
  };
  const clear = (key: 'importedDescriptors' | 'orgNotes') => void port.removeLocal([key]).then(refresh);
  const download = () =>
    void exportFile(port, settings).then((text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'claimlens-settings.json';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });

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
        <p class="cl-muted" data-count="descriptors">
          {counts.descriptors} descriptors imported{' '}
          {counts.descriptors > 0 && (
            <button type="button" onClick={() => clear('importedDescriptors')}>
              Remove
            </button>
          )}
        </p>
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
        <p class="cl-muted" data-count="orgNotes">
          {counts.orgNotes} organisation notes{' '}
          {counts.orgNotes > 0 && (
            <button type="button" onClick={() => clear('orgNotes')}>
              Remove
            </button>
          )}
        </p>
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
