/** Preferences: hover delay, highlight style, code systems, popover sections and theme. */
import {
  HIGHLIGHT_STYLES,
  KNOWN_POPOVER_SECTIONS,
  SECTION_STATES,
  SETTINGS_LIMITS,
  THEMES,
  type Preferences,
  type SectionState,
  type Settings,
} from '../../lib/settings/types';
import { CODE_KINDS } from '../../lib/codes';
import { isLocked } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import { SetByOrganisation } from './PolicyNotice';

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

export function PreferencesSection({
  settings,
  onChange,
  policy = emptyPolicy(),
}: {
  settings: Settings;
  onChange(s: Settings): void;
  policy?: ManagedPolicy;
}) {
  const pr = settings.preferences;
  // Only the sections the policy names are locked; the others stay the user's.
  const lockedSection = (id: string) => isLocked(policy, 'popoverSections') && id in (policy.popoverSections ?? {});
  const set = (next: Partial<Preferences>) => onChange({ ...settings, preferences: { ...pr, ...next } });
  return (
    <section aria-labelledby="prefs-h" id="preferences">
      <h2 id="prefs-h">Preferences</h2>
      <label class="cl-row">
        Hover delay (ms)
        <input
          id="hover-delay"
          type="number"
          min={SETTINGS_LIMITS.minHoverDelayMs}
          max={SETTINGS_LIMITS.maxHoverDelayMs}
          step={50}
          value={pr.hoverDelayMs}
          onChange={(e) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(v) && v >= SETTINGS_LIMITS.minHoverDelayMs && v <= SETTINGS_LIMITS.maxHoverDelayMs)
              set({ hoverDelayMs: v });
          }}
        />
      </label>
      <fieldset>
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((s) => (
          <label class="cl-row">
            <input
              type="radio"
              name="highlight"
              value={s}
              checked={pr.highlightStyle === s}
              onChange={() => set({ highlightStyle: s })}
            />{' '}
            {s}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Code systems to detect on pages</legend>
        {CODE_KINDS.map(([k, label]) => (
          <label class="cl-row">
            <input
              type="checkbox"
              data-system={k}
              checked={pr.codeSystems[k]}
              onChange={() => set({ codeSystems: { ...pr.codeSystems, [k]: !pr.codeSystems[k] } })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Popover sections</legend>
        {KNOWN_POPOVER_SECTIONS.map((id) => (
          <label class="cl-row">
            {SECTION_NAMES[id] ?? id}
            {lockedSection(id) && <SetByOrganisation />}
            <select
              data-section={id}
              disabled={lockedSection(id)}
              value={pr.popoverSections[id] ?? 'shown'}
              onChange={(e) =>
                set({
                  popoverSections: {
                    ...pr.popoverSections,
                    [id]: (e.target as HTMLSelectElement).value as SectionState,
                  },
                })
              }
            >
              {SECTION_STATES.map((s) => (
                <option value={s}>{s}</option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label class="cl-row">
            <input type="radio" name="theme" value={t} checked={pr.theme === t} onChange={() => set({ theme: t })} />{' '}
            {t}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
