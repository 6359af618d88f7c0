/**
 * Medicare: the MAC jurisdiction (spelled out: "JF — Noridian: AK, AZ, …") and the PFS payment locality the
 * popover's payment section prices codes for. Jurisdiction states and localities come from the bundled GPCI
 * file (data/gpci.json, lib/medicare/mac-jurisdictions.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  jurisdictionOfMac,
  jurisdictionStates,
  localitiesOfGpciRows,
  macLabel,
} from '../../lib/medicare/mac-jurisdictions';
import { isLocked } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import { MAC_JURISDICTIONS, type MacJurisdiction, type Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import { SetByOrganisation } from './PolicyNotice';

type Locality = ReturnType<typeof localitiesOfGpciRows>[number];

function useLocalities(port: UiPort): Locality[] {
  const [list, setList] = useState<Locality[]>([]);
  useEffect(() => {
    void port.readJson('data/gpci.json').then(
      (raw) => setList(localitiesOfGpciRows((raw as { rows?: unknown } | undefined)?.rows)),
      () => setList([]),
    );
  }, [port]);
  return list;
}

function LocalityOptions({ list }: { list: Locality[] }) {
  return (
    <>
      {MAC_JURISDICTIONS.map((j) => {
        const mine = list.filter((l) => jurisdictionOfMac(l.mac) === j);
        return (
          mine.length > 0 && (
            <optgroup label={macLabel(j)}>
              {mine.map((l) => (
                <option value={l.id}>
                  {l.state} — {l.name} ({l.id})
                </option>
              ))}
            </optgroup>
          )
        );
      })}
    </>
  );
}

export function MedicareSection({
  port,
  settings,
  onChange,
  policy = emptyPolicy(),
}: {
  port: UiPort;
  settings: Settings;
  onChange(s: Settings): void;
  policy?: ManagedPolicy;
}) {
  const p = settings.payers;
  const list = useLocalities(port);
  const states = jurisdictionStates(list);
  const lockedMac = isLocked(policy, 'macJurisdiction');
  const lockedLocality = isLocked(policy, 'pfsLocality');
  const set = (next: Partial<Settings['payers']>) => onChange({ ...settings, payers: { ...p, ...next } });
  return (
    <section aria-labelledby="medicare-h" id="medicare">
      <h2 id="medicare-h">Medicare</h2>
      <label class="cl-row">
        Medicare MAC jurisdiction{lockedMac && <SetByOrganisation />}
        <select
          id="mac"
          disabled={lockedMac}
          value={p.macJurisdiction ?? ''}
          onChange={(e) =>
            set({ macJurisdiction: ((e.target as HTMLSelectElement).value || null) as MacJurisdiction | null })
          }
        >
          <option value="">Not chosen (show notes for every MAC)</option>
          {MAC_JURISDICTIONS.map((j) => (
            <option value={j}>{macLabel(j, states[j])}</option>
          ))}
        </select>
      </label>
      <label class="cl-row">
        Payment locality (Medicare fee schedule){lockedLocality && <SetByOrganisation />}
        <select
          id="pfs-locality"
          disabled={lockedLocality}
          value={p.pfsLocality ?? ''}
          onChange={(e) => set({ pfsLocality: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="">Not chosen (national amounts only)</option>
          <LocalityOptions list={list} />
        </select>
      </label>
      <p class="cl-muted">
        The popover’s “Payment (Medicare benchmark)” section shows PFS amounts for this locality beside the national
        ones. Localities and their MAC numbers are those of the CMS GPCI file bundled with ClaimLens.
      </p>
    </section>
  );
}
