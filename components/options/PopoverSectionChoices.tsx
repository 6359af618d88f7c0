/**
 * Popover sections: each section of the popover shown, collapsed or hidden. Only the sections the organisation's
 * policy names are locked; the others stay the user's.
 */
import { isLocked } from '../../lib/policy/apply-policy';
import type { ManagedPolicy } from '../../lib/policy/types';
import { KNOWN_POPOVER_SECTIONS, SECTION_STATES, type Preferences, type SectionState } from '../../lib/settings/types';
import { SetByOrganisation } from './PolicyNotice';

/** The names the popover gives its sections (components/CodeDetails.tsx). */
const SECTION_NAMES: Record<string, string> = {
  summary: 'Summary',
  addOn: 'Add-on requirements',
  ptp: 'Modifier 59 / PTP edits',
  mue: 'MUE unit limits',
  pfs: 'Fee-schedule indicators',
  opps: 'OPPS status',
  payment: 'Payment (Medicare benchmark)',
  siteOfService: 'Typical site of service',
  payerNotes: 'Payer notes',
  orgNotes: 'Your organisation’s notes',
  importedDescriptor: 'Imported descriptor',
};

export function PopoverSectionChoices({
  sections,
  policy,
  onChange,
}: {
  sections: Preferences['popoverSections'];
  policy: ManagedPolicy;
  onChange(sections: Preferences['popoverSections']): void;
}) {
  const lockedSection = (id: string) => isLocked(policy, 'popoverSections') && id in (policy.popoverSections ?? {});
  return (
    <fieldset>
      <legend>Popover sections</legend>
      {KNOWN_POPOVER_SECTIONS.map((id) => (
        <label class="cl-row">
          {SECTION_NAMES[id] ?? id}
          {lockedSection(id) && <SetByOrganisation />}
          <select
            data-section={id}
            disabled={lockedSection(id)}
            value={sections[id] ?? 'shown'}
            onChange={(e) => onChange({ ...sections, [id]: (e.target as HTMLSelectElement).value as SectionState })}
          >
            {SECTION_STATES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
