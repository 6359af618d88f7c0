/**
 * Sites: where ClaimLens runs. Enabled sites (each a granted host permission) with Remove, the curated
 * payer-portal list (several enabled with one permission prompt), any other origin, and a plain statement of
 * what the extension can and cannot see. The enable/remove actions are use-site-actions.ts.
 */
import { lockedSites } from '../../lib/policy/apply-policy';
import { emptyPolicy, type ManagedPolicy } from '../../lib/policy/types';
import type { UiPort } from '../extension/ui-port';
import { CuratedPortalsChoice } from './CuratedPortalsChoice';
import { CustomOriginInput } from './CustomOriginInput';
import { EnabledSitesList } from './EnabledSitesList';
import { useSiteActions } from './use-site-actions';

export function SitesSection({
  port,
  sites,
  policy = emptyPolicy(),
}: {
  port: UiPort;
  sites: string[];
  policy?: ManagedPolicy;
}) {
  const { list, message, enable, remove } = useSiteActions(port, sites);
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
      <EnabledSitesList list={list} locked={lockedSites(policy)} onRemove={remove} />
      <h3>Well-known payer portals</h3>
      <p class="cl-muted">A convenience list, not complete: add any other site below.</p>
      <CuratedPortalsChoice enabled={list} onEnable={enable} />
      <CustomOriginInput onEnable={enable} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'cl-ok' : 'cl-import-errors'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
