/**
 * The well-known payer portals (lib/sites/curated-portals.ts) as checkboxes: the chosen ones are enabled together,
 * so the browser asks for their permissions in one prompt.
 */
import { useState } from 'preact/hooks';
import { CURATED_PORTALS } from '../../lib/sites/curated-portals';

export function CuratedPortalsChoice({
  enabled,
  onEnable,
}: {
  /** The enabled origins: a portal whose origins are all here is marked "(enabled)". */
  enabled: readonly string[];
  onEnable(origins: string[]): void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
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
          {p.origins.every((o) => enabled.includes(o)) ? ' (enabled)' : ''}
        </label>
      ))}
      <button
        type="button"
        disabled={chosen.length === 0}
        onClick={() =>
          onEnable([...new Set(CURATED_PORTALS.filter((p) => chosen.includes(p.id)).flatMap((p) => p.origins))])
        }
      >
        Enable chosen portals
      </button>
    </fieldset>
  );
}
