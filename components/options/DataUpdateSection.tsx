/**
 * Options → "Update data from CMS files": the user picks the files they downloaded from CMS; a worker reads,
 * checks and stores them (lib/data-update), the page shows progress and the outcome, lists the imported
 * tables and can revert to the bundled data. Reports the data in use (bundled + imports) to `onMeta`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ImportedInfo } from '../../lib/data-update/imported-table';
import type { UpdateOutcome } from '../../lib/data-update/run-update';
import { metaWithImports, selectImported } from '../../lib/data-update/select';
import type { DatasetMeta } from '../../lib/dataset/types';
import type { ManagedPolicy } from '../../lib/policy/types';
import type { DataUpdatePort, UpdateProgress } from './data-update-port';
import { ImportedTablesList } from './ImportedTablesList';

type Outcome = UpdateOutcome & { descriptorsKept?: number };

function ProgressLine({ progress }: { progress: UpdateProgress | null }) {
  return (
    <p class="cl-data-update-progress" role="status">
      {progress ? (
        <>
          <progress value={progress.done} max={progress.total} />{' '}
          {`PTP file ${progress.done} of ${progress.total} read (${progress.file})`}
        </>
      ) : (
        <>
          <progress /> Unzipping and checking the files…
        </>
      )}
    </p>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok)
    return (
      <p role="alert" class="cl-import-errors cl-data-update-error">
        {/nothing was changed/i.test(outcome.error) ? outcome.error : `Nothing was changed. ${outcome.error}`}
      </p>
    );
  return (
    <div role="status" class="cl-data-update-done">
      <p>Updated. ClaimLens now answers from:</p>
      <ul>
        {outcome.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {outcome.descriptorsKept ? (
        <p>{outcome.descriptorsKept.toLocaleString('en-US')} CPT descriptors kept as your licensed text.</p>
      ) : null}
      {outcome.notes.map((n) => (
        <p key={n} class="cl-muted">
          {n}
        </p>
      ))}
    </div>
  );
}

/** File picker, the CPT-descriptor choice and the button. */
function UpdateForm(props: { busy: boolean; offerDescriptors: boolean; onRun(files: File[], keep: boolean): void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [keep, setKeep] = useState(false);
  return (
    <>
      <p>
        <input
          type="file"
          id="cms-files"
          multiple
          accept=".zip,.txt,.csv"
          disabled={props.busy}
          onChange={(e) => setFiles([...((e.currentTarget as HTMLInputElement).files ?? [])])}
        />
      </p>
      {props.offerDescriptors && (
        <p>
          <label>
            <input type="checkbox" id="cms-keep-cpt" checked={keep} onChange={() => setKeep(!keep)} /> If the PFS file
            carries CPT descriptors (downloaded under the AMA licence), keep them as my licensed text (this browser
            only, never exported or synced). Otherwise they are dropped.
          </label>
        </p>
      )}
      <p>
        <button
          type="button"
          id="cms-update"
          disabled={props.busy || files.length === 0}
          onClick={() => props.onRun(files, keep)}
        >
          Update data
        </button>
      </p>
    </>
  );
}

export function DataUpdateSection(props: {
  port: DataUpdatePort;
  bundled: DatasetMeta;
  policy?: ManagedPolicy;
  onMeta?(meta: DatasetMeta): void;
}) {
  const { port, bundled, onMeta } = props;
  const [tables, setTables] = useState<ImportedInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UpdateProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [loaded, setLoaded] = useState(false);
  const refresh = useCallback(
    () =>
      port.imported().then(
        (t) => {
          setTables(t);
          setLoaded(true);
          onMeta?.(metaWithImports(bundled, selectImported(bundled, t).used));
        },
        () => setLoaded(true),
      ),
    [port, bundled, onMeta],
  );
  useEffect(() => void refresh(), [refresh]);
  const off = props.policy?.disabledImports ?? [];
  const used = new Set(selectImported(bundled, tables).used);

  const run = (files: File[], keep: boolean) => {
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    void port
      .update(files, keep && !off.includes('descriptors'), setProgress)
      .catch((e: Error): Outcome => ({ ok: false, error: `The files could not be stored (${e.message}).` }))
      .then(async (o) => {
        setOutcome(o);
        await refresh();
        setBusy(false);
      });
  };
  const revert = () => {
    setBusy(true);
    setOutcome(null);
    void port
      .revert()
      .then(refresh, refresh)
      .then(() => setBusy(false));
  };

  return (
    <section
      aria-labelledby="data-update-h"
      id="data-update"
      data-busy={busy ? 'true' : 'false'}
      data-loaded={loaded ? 'true' : 'false'}
    >
      <h2 id="data-update-h">Update data from CMS files</h2>
      <p>
        CMS publishes new NCCI edits, MUEs and fee-schedule files every quarter. Download them from CMS and pick them
        here (the zips or the files in them): PTP practitioner edits (all four files, f1–f4), PTP outpatient hospital
        edits (ccioph, all four; ClaimLens bundles none, and the claim check needs them for outpatient hospital claims),
        MUE, add-on code edits, the PFS relative value zip, OPPS Addendum B, the HCPCS quarterly zip. They are read in
        this browser and never sent anywhere. A set is taken whole or not at all; a newer table bundled with a later
        ClaimLens version replaces an older import.
      </p>
      {off.includes('cmsData') ? (
        <p class="cl-muted" data-off="policy">
          Turned off by your organisation.
        </p>
      ) : (
        <UpdateForm busy={busy} offerDescriptors={!off.includes('descriptors')} onRun={run} />
      )}
      {busy && <ProgressLine progress={progress} />}
      {outcome && <OutcomeLine outcome={outcome} />}
      <h3>Imported tables</h3>
      <ImportedTablesList tables={tables} used={used} bundled={bundled} busy={busy} onRevert={revert} />
    </section>
  );
}
