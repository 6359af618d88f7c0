/**
 * The popup's settings, re-read whenever storage changes, and the recent-lookups list it writes (codes only,
 * lib/settings/recent-lookups.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings } from '../../lib/settings/defaults';
import { withRecentLookup, withoutRecentLookups } from '../../lib/settings/recent-lookups';
import type { Settings } from '../../lib/settings/types';
import type { UiPort } from '../extension/ui-port';

export function usePopupSettings(port: UiPort) {
  const [settings, setSettings] = useState<Settings>(defaultSettings());
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    const reload = () => void port.readSettings().then(setSettings);
    reload();
    return port.onSettingsChanged(reload);
  }, [port]);

  /** Puts `code` first in the recent lookups (read through a ref, so the callback stays the same). */
  const rememberLookup = useCallback(
    (code: string) => {
      const next = withRecentLookup(settingsRef.current, code);
      if (next !== settingsRef.current) {
        setSettings(next);
        void port.writeLocalSettings(next);
      }
    },
    [port],
  );
  const clearLookups = () => {
    const next = withoutRecentLookups(settings);
    setSettings(next);
    void port.writeLocalSettings(next);
  };
  return { settings, rememberLookup, clearLookups };
}
