/**
 * Any other site, typed as an origin. A wildcard over a public suffix (`https://*.co.uk`) is refused before the
 * browser is asked (lib/settings/public-suffix.ts).
 */
import { useState } from 'preact/hooks';
import { normalizeOrigin } from '../../lib/settings/origins';
import { publicSuffixWildcard } from '../../lib/settings/public-suffix';

export function CustomOriginInput({ onEnable }: { onEnable(origins: string[]): void }) {
  const [custom, setCustom] = useState('');
  const parsedOrigin = normalizeOrigin(custom);
  const refused = parsedOrigin ? publicSuffixWildcard(parsedOrigin) : undefined;
  const customOrigin = refused ? undefined : parsedOrigin;
  return (
    <>
      <label class="cl-row">
        Another site (origin, like https://portal.example.com)
        <input
          id="custom-origin"
          value={custom}
          onInput={(e) => setCustom((e.target as HTMLInputElement).value)}
          aria-invalid={custom !== '' && !customOrigin}
        />
        <button type="button" disabled={!customOrigin} onClick={() => customOrigin && onEnable([customOrigin])}>
          Enable
        </button>
      </label>
      {refused && (
        <p role="alert" class="cl-import-errors" data-refused="public-suffix">
          {refused}
        </p>
      )}
    </>
  );
}
