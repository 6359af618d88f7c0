/**
 * Payers: which payers' notes are shown, in what order (PayerOrderList.tsx) and for which BCBS plan
 * (BcbsPlanSelect.tsx); Medicare's jurisdiction and locality are MedicareSection.tsx.
 */
import { payersFromNotes } from '../../lib/editorial/payer-notes';
import { isLocked } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import type { Settings } from '../../lib/settings/types';
import { BcbsPlanSelect } from './BcbsPlanSelect';
import { togglePayer } from './payer-order';
import { PayerOrderList } from './PayerOrderList';
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
      <PayerOrderList
        selected={p.selected}
        nameOf={nameOf}
        locked={lockedPayers}
        onReorder={(selected) => set({ selected })}
      />
      <BcbsPlanSelect plans={plans} value={p.bcbsPlan} locked={lockedPlan} onChange={(bcbsPlan) => set({ bcbsPlan })} />
    </section>
  );
}
