/**
 * Sites: where ClaimLens runs. Enabled sites (each a granted host permission) with Remove, the curated
 * payer-portal list (several enabled with one permission prompt), any other origin, and a plain statement of
 * what the extension can and cannot see.
 */
import { useEffect, useState } from 'preact/hooks';
import { lockedSites } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import { normalizeOrigin } from '../../lib/settings/origins';
import { publicSuffixWildcard } from '../../lib/settings/public-suffix';
import { CURATED_PORTALS } from '../../lib/sites/curated-portals';
import { originToMatchPattern } from '../../lib/sites/match-patterns';
import type { SitesResponse } from '../../lib/messages';
import type { UiPort } from '../extension/ui-port';
import { SetByOrganisation } from './PolicyNotice';

export function SitesSection({
  port,
  sites,
  policy = emptyPolicy(),
}: {
  port: UiPort;
  sites: string[];
  policy?: ManagedPolicy;
}) {
  const locked = lockedSites(policy);
  const [chosen, setChosen] = useState<string[]>([]);
  const [custom, setCustom] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
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
  const parsedOrigin = normalizeOrigin(custom);
  const refused = parsedOrigin ? publicSuffixWildcard(parsedOrigin) : undefined;
  const customOrigin = refused ? undefined : parsedOrigin;

  return (
    <section aria-labelledby="sites-h" id="sites">
      <h2 id="sites-h">Sites</h2>
      <p>
        ClaimLens reads a page only on sites you enable here or in the popup, and on a page where you run it once
        (toolbar popup, Alt+Shift+L, or the right-click menu). There it reads the page’s visible text in your browser to
        find codes; it never stores, logs or sends page text anywhere, and it makes no network requests. It cannot see
        other sites, other tabs, your browsing history, form fields or passwords.
      </p>
      <h3>Enabled sites</h3>
      {list.length === 0 ? (
        <p class="cl-muted">No sites enabled.</p>
      ) : (
        <ul class="cl-enabled-sites">
          {list.map((o) => (
            <li data-origin={o}>
              {o}{' '}
              {locked.includes(o) ? (
                <SetByOrganisation />
              ) : (
                <button type="button" aria-label={`Remove ${o}`} onClick={() => remove(o)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Well-known payer portals</h3>
      <p class="cl-muted">A convenience list, not complete: add any other site below.</p>
      <fieldset>
        <legend>Choose portals to enable</legend>
        {CURATED_PORTALS.map((p) => (
          <label class="cl-row">
            <input
              type="checkbox"
              data-portal={p.id}
              checked={chosen.includes(p.id)}
              onChange={() => setChosen((c) => (c.includes(p.id) ? c.filter((x) => x !== p.id) : [...c, p.id]))}
            />
            {p.name} <span class="cl-muted">{p.origins.join(', ')}</span>
            {p.origins.every((o) => list.includes(o)) ? ' (enabled)' : ''}
          </label>
        ))}
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() =>
            enable([...new Set(CURATED_PORTALS.filter((p) => chosen.includes(p.id)).flatMap((p) => p.origins))])
          }
        >
          Enable chosen portals
        </button>
      </fieldset>
      <label class="cl-row">
        Another site (origin, like https://portal.example.com)
        <input
          id="custom-origin"
          value={custom}
          onInput={(e) => setCustom((e.target as HTMLInputElement).value)}
          aria-invalid={custom !== '' && !customOrigin}
        />
        <button type="button" disabled={!customOrigin} onClick={() => customOrigin && enable([customOrigin])}>
          Enable
        </button>
      </label>
      {refused && (
        <p role="alert" class="cl-import-errors" data-refused="public-suffix">
          {refused}
        </p>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'cl-ok' : 'cl-import-errors'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
