/** The sites ClaimLens runs on, each with Remove unless the organisation's policy set it. */
import { SetByOrganisation } from './PolicyNotice';

export function EnabledSitesList({
  list,
  locked,
  onRemove,
}: {
  list: readonly string[];
  locked: readonly string[];
  onRemove(origin: string): void;
}) {
  if (list.length === 0) return <p class="cl-muted">No sites enabled.</p>;
  return (
    <ul class="cl-enabled-sites">
      {list.map((o) => (
        <li data-origin={o}>
          {o}{' '}
          {locked.includes(o) ? (
            <SetByOrganisation />
          ) : (
            <button type="button" aria-label={`Remove ${o}`} onClick={() => onRemove(o)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
