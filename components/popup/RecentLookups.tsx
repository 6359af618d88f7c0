/** Recent lookups (codes only, kept on this device, at most 10) with a Clear button. */
export function RecentLookups(props: { codes: string[]; onOpen(code: string): void; onClear(): void }) {
  if (props.codes.length === 0) return null;
  return (
    <section class="cl-recent" aria-labelledby="cl-recent-heading">
      <h2 id="cl-recent-heading">Recent lookups</h2>
      <ul>
        {props.codes.map((c) => (
          <li>
            <button type="button" class="cl-recent-code" data-code={c} onClick={() => props.onOpen(c)}>
              {c}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="cl-link" onClick={props.onClear}>
        Clear recent lookups
      </button>
    </section>
  );
}
