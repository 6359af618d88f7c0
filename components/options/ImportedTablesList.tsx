/**
 * The CMS tables the user imported: release, as-of date, import date and whether each is in use (a newer
 * bundled release wins over an older import), with "Revert to bundled data".
 */
import type { ImportedInfo } from '../../lib/data-update/imported-table';
import type { DatasetMeta } from '../../lib/dataset/types';
import { bundledAsOf } from '../../lib/data-update/select';

/** Plain names of the importable tables. */
export const KIND_LABELS: Record<ImportedInfo['kind'], string> = {
  ptp: 'NCCI PTP edits, practitioner',
  ptpOutpatientHospital: 'NCCI PTP edits, outpatient hospital',
  aoc: 'NCCI add-on code edits',
  muePractitioner: 'MUE, practitioner',
  mueOutpatientHospital: 'MUE, outpatient hospital',
  pfs: 'PFS relative values',
  gpci: 'PFS GPCIs',
  localities: 'PFS localities and counties',
  opps: 'OPPS Addendum B',
  hcpcs: 'HCPCS Level II codes and modifiers',
};

export function ImportedTablesList(props: {
  tables: readonly ImportedInfo[];
  used: ReadonlySet<ImportedInfo>;
  bundled: DatasetMeta;
  busy: boolean;
  onRevert(): void;
}) {
  if (props.tables.length === 0)
    return <p class="cl-muted">No imported tables: ClaimLens uses the data bundled with this version.</p>;
  return (
    <>
      <table class="cl-tables cl-imported-tables">
        <thead>
          <tr>
            <th>Table</th>
            <th>CMS release</th>
            <th>As of</th>
            <th>Imported by you on</th>
            <th>In use</th>
          </tr>
        </thead>
        <tbody>
          {props.tables.map((t) => (
            <tr key={t.kind} data-kind={t.kind} data-used={props.used.has(t) ? 'true' : 'false'}>
              <td>{KIND_LABELS[t.kind]}</td>
              <td>{t.release}</td>
              <td>{t.asOf}</td>
              <td>{t.importedOn}</td>
              <td>
                {props.used.has(t)
                  ? 'Yes'
                  : `No: the bundled table (as of ${bundledAsOf(props.bundled, t.kind)}) is newer`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" id="cms-revert" disabled={props.busy} onClick={props.onRevert}>
          Revert to bundled data
        </button>{' '}
        <span class="cl-muted">Removes the imported tables from this browser.</span>
      </p>
    </>
  );
}
