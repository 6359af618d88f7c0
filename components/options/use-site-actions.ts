/**
 * The Sites section's state and actions: the enabled list as the background last reported it, the last
 * outcome message, and enable / remove through the port.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SitesResponse } from '../../lib/messages';
import { originToMatchPattern } from '../../lib/sites/match-patterns';
import type { UiPort } from '../extension/ui-port';

/** The outcome line under the section (status when it worked, alert when not). */
export type SiteMessage = { ok: boolean; text: string } | null;

export function useSiteActions(port: UiPort, sites: string[]) {
  const [message, setMessage] = useState<SiteMessage>(null);
  const [list, setList] = useState(sites);
  useEffect(() => setList(sites), [sites]);

  const report = (res: SitesResponse, done: string) => {
    if (res.ok) {
      setList(res.sites);
      setMessage({ ok: true, text: done });
    } else setMessage({ ok: false, text: res.error });
  };
  const enable = (origins: string[]) => {
    if (origins.length === 0) return;
    // One prompt for every origin; permissions.request must be the click's first await.
    void port.requestOrigins(origins.map(originToMatchPattern)).then(
      async (granted) => {
        if (!granted) {
          setMessage({ ok: false, text: 'Permission not granted; nothing changed.' });
          return;
        }
        report(await port.ask({ type: 'uiToBg:enableSites', origins }), `Enabled ${origins.join(', ')}`);
      },
      () => setMessage({ ok: false, text: 'The browser refused the request.' }),
    );
  };
  const remove = (origin: string) => {
    void port.ask({ type: 'uiToBg:removeSite', origin }).then((r) => report(r, `Removed ${origin}`));
  };
  return { list, message, enable, remove };
}
