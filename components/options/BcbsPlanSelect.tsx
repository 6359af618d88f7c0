/** The Blue Cross Blue Shield plan whose notes are shown; "not chosen" shows the notes of every plan. */
import { SetByOrganisation } from './PolicyNotice';

export function BcbsPlanSelect({
  plans,
  value,
  locked,
  onChange,
}: {
  plans: readonly { id: string; name: string }[];
  value: string | null | undefined;
  /** Set by the organisation's policy. */
  locked: boolean;
  onChange(plan: string | null): void;
}) {
  if (plans.length === 0) return null;
  return (
    <label class="cl-row">
      Blue Cross Blue Shield plan{locked && <SetByOrganisation />}
      <select
        id="bcbs-plan"
        disabled={locked}
        value={value ?? ''}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}
      >
        <option value="">Not chosen (show notes for every plan)</option>
        {plans.map((pl) => (
          <option value={pl.id}>{pl.name}</option>
        ))}
      </select>
    </label>
  );
}
