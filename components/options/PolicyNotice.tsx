/**
 * What the organisation's policy does on this page: a line saying settings are managed, each ignored policy value
 * (so IT can fix it), and the policy's sites this browser has not granted yet, with one button that asks for all
 * of them (one permission prompt) and enables them.
 */
import { useState } from 'preact/hooks';
import type { ParsedPolicy } from '../../lib/policy/types';
import { originToMatchPattern } from '../../lib/sites/match-patterns';
import type { UiPort } from '../extension/ui-port';

/** The marker next to a control the policy sets. */
export function SetByOrganisation() {
  return <span class="cl-managed cl-muted"> (set by your organisation)</span>;
}

export function PolicyNotice({ port, parsed, sites }: { port: UiPort; parsed: ParsedPolicy; sites: string[] }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!parsed.managed) return null;
  const pending = (parsed.policy.sites ?? []).filter((o) => !sites.includes(o));
  const grant = () => {
    // permissions.request must be the click's first await (user gesture).
    void port.requestOrigins(pending.map(originToMatchPattern)).then(
      async (granted) => {
        if (!granted) return setMessage({ ok: false, text: 'Access not granted; those sites stay off.' });
        const res = await port.ask({ type: 'uiToBg:enableSites', origins: pending });
        setMessage(res.ok ? { ok: true, text: 'Access granted.' } : { ok: false, text: res.error });
      },
      () => setMessage({ ok: false, text: 'The browser refused the request.' }),
    );
  };
  return (
    <section class="cl-policy" aria-labelledby="policy-h" id="policy">
      <h2 id="policy-h">Managed by your organisation</h2>
      <p>
        Some settings here are set by your organisation’s IT; those show “set by your organisation” and cannot be
        changed.
      </p>
      {parsed.notes.length > 0 && (
        <div role="note" class="cl-policy-notes">
          <p>Your organisation’s policy has values ClaimLens ignored (tell your IT team):</p>
          <ul>
            {parsed.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {pending.length > 0 && (
        <div class="cl-policy-sites" role="alert">
          <p>
            Your organisation enabled {pending.join(', ')}, but this browser has not given ClaimLens access to{' '}
            {pending.length === 1 ? 'it' : 'them'} yet.
          </p>
          <button type="button" class="cl-primary" onClick={grant}>
            Grant access
          </button>
        </div>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'cl-ok' : 'cl-import-errors'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
