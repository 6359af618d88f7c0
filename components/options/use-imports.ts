/**
 * The Imports section's state and actions: one import at a time (busy), the outcome per kind, the counts of what
 * is stored now, Remove, and the settings export download. Storage is written only by import-actions.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ManagedPolicy } from '../../lib/policy/types';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import { exportFile, importCounts, runImport, type ImportKind, type ImportOutcome } from './import-actions';

/** How many descriptors and organisation notes are imported now. */
export type ImportCounts = { descriptors: number; orgNotes: number };

export function useImports(port: UiPort, settings: Settings, policy: ManagedPolicy) {
  const [outcomes, setOutcomes] = useState<Partial<Record<ImportKind, ImportOutcome>>>({});
  const [busy, setBusy] = useState(false);
  const [counts, setCounts] = useState<ImportCounts | null>(null);
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
  return { outcomes, busy, counts, onFile, clear, download };
}
