/**
 * The options page: sites first (nothing works before one is enabled), then payers, Medicare (MAC, payment
 * locality), preferences, imports and the data's provenance. Every change is validated (parseSettings) and
 * written at once; open pages and the popup follow through `storage.onChanged`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetMeta } from '../../lib/dataset/types';
import { defaultSettings } from '../../lib/settings/defaults';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { ParsedPolicy } from '../../lib/policy/types';
import { parseSettings } from '../../lib/settings/parse-settings';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';
import { AboutData } from './AboutData';
import type { DataUpdatePort } from './data-update-port';
import { DataUpdateSection } from './DataUpdateSection';
import { ImportsSection } from './ImportsSection';
import { MedicareSection } from './MedicareSection';
import { PayersSection } from './PayersSection';
import { PolicyNotice } from './PolicyNotice';
import { PreferencesSection } from './PreferencesSection';
import { SitesSection } from './SitesSection';

export interface OptionsAppProps {
  port: UiPort;
  meta: DatasetMeta;
  today: Date;
  /** Update data from CMS files (absent: the section is not shown). */
  dataUpdate?: DataUpdatePort;
  /** Called with the theme whenever it changes (the page sets it on <html>). */
  onTheme?(theme: Settings['preferences']['theme']): void;
}

export function OptionsApp({ port, meta, today, onTheme, dataUpdate }: OptionsAppProps) {
  // The data in use: the bundled tables with the user's imported CMS tables (DataUpdateSection reports it).
  const [dataMeta, setDataMeta] = useState(meta);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [policy, setPolicy] = useState<ParsedPolicy>(() => parsePolicy({}));

  useEffect(() => {
    // The organisation's policy (storage.managed), followed live: a policy change applies without a restart.
    const reload = () =>
      void port.readPolicy?.().then(
        (raw) => setPolicy(parsePolicy(raw)),
        () => undefined,
      );
    reload();
    return port.onPolicyChanged?.(reload);
  }, [port]);

  useEffect(() => {
    const reload = () => void port.readSettings().then(setSettings);
    reload();
    return port.onSettingsChanged(reload);
  }, [port]);

  const theme = settings?.preferences.theme;
  useEffect(() => {
    if (theme) onTheme?.(theme);
  }, [theme, onTheme]);

  const change = (next: Settings) => {
    const checked = parseSettings(next);
    if (checked.errors.length > 0) {
      setSaveError(`Not saved: ${checked.errors[0]}`);
      return;
    }
    setSaveError(null);
    setSettings(checked.value);
    void port
      .writeSyncSettings(checked.value)
      .catch(() => setSaveError('Not saved: browser storage refused the change (sync quota?).'));
  };

  const s = settings ?? defaultSettings();
  return (
    <main class="cl-options" data-loaded={settings ? 'true' : 'false'}>
      <h1>ClaimLens options</h1>
      <nav aria-label="Sections" class="cl-row">
        <a href="#sites">Sites</a>
        <a href="#payers">Payers</a>
        <a href="#medicare">Medicare</a>
        <a href="#preferences">Preferences</a>
        <a href="#imports">Imports</a>
        {dataUpdate && <a href="#data-update">Update data</a>}
        <a href="#about">About the data</a>
      </nav>
      {saveError && (
        <p role="alert" class="cl-import-errors">
          {saveError}
        </p>
      )}
      {settings && (
        <>
          <PolicyNotice port={port} parsed={policy} sites={s.enabledSites} />
          <SitesSection port={port} sites={s.enabledSites} policy={policy.policy} />
          <PayersSection settings={s} onChange={change} policy={policy.policy} />
          <MedicareSection port={port} settings={s} onChange={change} policy={policy.policy} />
          <PreferencesSection settings={s} onChange={change} policy={policy.policy} />
          <ImportsSection port={port} settings={s} policy={policy.policy} />
        </>
      )}
      {dataUpdate && <DataUpdateSection port={dataUpdate} bundled={meta} policy={policy.policy} onMeta={setDataMeta} />}
      <AboutData meta={dataMeta} today={today} />
    </main>
  );
}
