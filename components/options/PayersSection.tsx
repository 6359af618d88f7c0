/** Payers: which payers' notes are shown and in what order, and the BCBS plan (Medicare: MedicareSection). */
import { payersFromNotes } from '../../lib/editorial/payer-notes';
import { isLocked } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import type { Settings } from '../../lib/settings/types';
import { movePayer, togglePayer } from './payer-order';
import { SetByOrganisation } from './PolicyNotice';

const PAYERS = payersFromNotes();

export function PayersSection({
  settings,
  onChange,
  policy = emptyPolicy(),
}: {
  settings: Settings;
  onChange(s: Settings): void;
  policy?: ManagedPolicy;
}) {
  const p = settings.payers;
  const lockedPayers = isLocked(policy, 'payers');
  const lockedPlan = isLocked(policy, 'bcbsPlan');
  const set = (next: Partial<Settings['payers']>) => onChange({ ...settings, payers: { ...p, ...next } });
  const nameOf = (id: string) => PAYERS.find((x) => x.id === id)?.name ?? id;
  const plans = PAYERS.find((x) => x.id === 'bcbs')?.plans ?? [];
  return (
    <section aria-labelledby="payers-h" id="payers">
      <h2 id="payers-h">Payers</h2>
      <p>
        Choose the payers whose notes the popover and popup show. The first chosen payer’s notes are open; the others
        are collapsed.
      </p>
      <fieldset>
        <legend>Payers with notes in ClaimLens{lockedPayers && <SetByOrganisation />}</legend>
        {PAYERS.map((x) => (
          <label class="cl-row">
            <input
              type="checkbox"
              data-payer={x.id}
              checked={p.selected.includes(x.id)}
              disabled={lockedPayers}
              onChange={() => set({ selected: togglePayer(p.selected, x.id) })}
            />{' '}
            {x.name}
          </label>
        ))}
      </fieldset>
      {p.selected.length > 0 && (
        <>
          <h3>Order</h3>
          <ol class="cl-payer-order">
            {p.selected.map((id, i) => (
              <li data-payer={id}>
                {nameOf(id)}{' '}
                <button
                  type="button"
                  aria-label={`Move ${nameOf(id)} up`}
                  disabled={lockedPayers || i === 0}
                  onClick={() => set({ selected: movePayer(p.selected, id, -1) })}
                >
                  ↑
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Move ${nameOf(id)} down`}
                  disabled={lockedPayers || i === p.selected.length - 1}
                  onClick={() => set({ selected: movePayer(p.selected, id, 1) })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {plans.length > 0 && (
        <label class="cl-row">
          Blue Cross Blue Shield plan{lockedPlan && <SetByOrganisation />}
          <select
            id="bcbs-plan"
            disabled={lockedPlan}
            value={p.bcbsPlan ?? ''}
            onChange={(e) => set({ bcbsPlan: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">Not chosen (show notes for every plan)</option>
            {plans.map((pl) => (
              <option value={pl.id}>{pl.name}</option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
