/**
 * Staleness warnings: "NCCI PTP edits are from 2024-07-01, 9 quarters before today: edits added or deleted
 * since are not known". Shown at the top of the details view (popover and popup) and of the claim check,
 * styled as a warning a biller sees at a glance, never as grey small print. Self-contained: it takes the
 * notices the background computed (lib/dataset/staleness.ts) and renders text only.
 */
import type { DataNotice } from '../lib/dataset/staleness';

/** `collapsed`: one warning line that opens to the list (the popover, where the verdict strip comes first). */
export function DataNotices({
  notices,
  collapsed,
}: {
  notices: readonly DataNotice[] | undefined;
  collapsed?: boolean;
}) {
  if (!notices || notices.length === 0) return null;
  const list = (
    <ul>
      {notices.map((n) => (
        <li key={`${n.kind}:${n.table}`} data-kind={n.kind} data-table={n.table}>
          {n.message}
        </li>
      ))}
    </ul>
  );
  return (
    <div class="cl-data-notices" role="note" aria-label="About the data's age" data-section="notices">
      {collapsed ? (
        <details>
          <summary class="cl-data-notices-title">
            ⚠ Data may be out of date ({notices.length} notice{notices.length === 1 ? '' : 's'})
          </summary>
          {list}
        </details>
      ) : (
        <>
          <p class="cl-data-notices-title">⚠ Data may be out of date</p>
          {list}
        </>
      )}
    </div>
  );
}
