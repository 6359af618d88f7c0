/**
 * Whether ClaimLens runs on the current tab's site, with "Enable on this site" (asks for that one origin's
 * host permission from this click, then has the background register the content script) and "Run once"
 * (activeTab: this tab only, until it reloads).
 */
import { useEffect, useState } from 'preact/hooks';
import { originToMatchPattern, siteOriginOfUrl } from '../../lib/sites/match-patterns';
import type { TabInfo, UiPort } from '../extension/ui-port';

type Status =
  | { kind: 'checking' }
  | { kind: 'unsupported' }
  | { kind: 'off' | 'on'; origin: string }
  | { kind: 'error'; message: string; origin?: string };

export function SiteStatus({ port }: { port: UiPort }) {
  const [tab, setTab] = useState<TabInfo | undefined>();
  const [status, setStatus] = useState<Status>({ kind: 'checking' });
  const [ranOnce, setRanOnce] = useState(false);

  useEffect(() => {
    void (async () => {
      const t = await port.activeTab().catch(() => undefined);
      setTab(t);
      const origin = siteOriginOfUrl(t?.url);
      if (!origin) {
        setStatus({ kind: 'unsupported' });
        return;
      }
      const on = await port.hasOrigins([originToMatchPattern(origin)]).catch(() => false);
      setStatus({ kind: on ? 'on' : 'off', origin });
    })();
  }, [port]);

  const enable = (origin: string) => {
    // permissions.request must be the first await of the click (user gesture).
    void port.requestOrigins([originToMatchPattern(origin)]).then(
      async (granted) => {
        if (!granted) {
          setStatus({ kind: 'off', origin });
          return;
        }
        const res = await port.ask({ type: 'uiToBg:enableSites', origins: [origin] });
        if (!res.ok) {
          setStatus({ kind: 'error', origin, message: res.error });
          return;
        }
        setStatus({ kind: 'on', origin });
        // Show codes on the open page now, without a reload.
        if (tab?.id !== undefined) await port.ask({ type: 'uiToBg:runOnce', tabId: tab.id });
      },
      () => setStatus({ kind: 'error', origin, message: 'The browser refused the request.' }),
    );
  };
  const runOnce = () => {
    if (tab?.id === undefined) return;
    void port.ask({ type: 'uiToBg:runOnce', tabId: tab.id }).then((r) => setRanOnce(r.ok));
  };

  return (
    <section class="cl-site" aria-live="polite" data-site-status={status.kind}>
      {status.kind === 'checking' && <p>Checking this site…</p>}
      {status.kind === 'unsupported' && <p>ClaimLens cannot run in this tab (only http and https web pages).</p>}
      {status.kind === 'on' && (
        <p>
          Enabled on <strong>{status.origin}</strong>. Codes on its pages are explained on hover.
        </p>
      )}
      {status.kind === 'off' && (
        <>
          <p>
            Not enabled on <strong>{status.origin}</strong>.
          </p>
          <div class="cl-row">
            <button type="button" class="cl-primary" onClick={() => enable(status.origin)}>
              Enable on this site
            </button>
            <button type="button" onClick={runOnce} disabled={ranOnce}>
              {ranOnce ? 'Running in this tab' : 'Run once in this tab'}
            </button>
          </div>
        </>
      )}
      {status.kind === 'error' && (
        <p class="cl-error-text" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
