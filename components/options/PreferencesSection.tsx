/**
 * Preferences: hover delay (HoverDelayInput.tsx), highlight style, code systems, popover sections
 * (PopoverSectionChoices.tsx) and theme.
 */
import { CODE_KINDS } from '../../lib/codes';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import { HIGHLIGHT_STYLES, THEMES, type Preferences, type Settings } from '../../lib/settings/types';
import { HoverDelayInput } from './HoverDelayInput';
import { PopoverSectionChoices } from './PopoverSectionChoices';

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
  const set = (next: Partial<Preferences>) => onChange({ ...settings, preferences: { ...pr, ...next } });
  return (
    <section aria-labelledby="prefs-h" id="preferences">
      <h2 id="prefs-h">Preferences</h2>
      <HoverDelayInput value={pr.hoverDelayMs} onChange={(hoverDelayMs) => set({ hoverDelayMs })} />
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
      <PopoverSectionChoices
        sections={pr.popoverSections}
        policy={policy}
        onChange={(popoverSections) => set({ popoverSections })}
      />
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
