/** A file input of the Imports section and the outcome of the last file given to it. */
import { failureHeadline, type ImportKind, type ImportOutcome } from './import-actions';

/** What the last file did: its summary, or every error with its line (all rendered as text). */
function Outcome({ outcome }: { outcome: ImportOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.ok) {
    return (
      <div role="status" class="cl-ok cl-import-ok">
        <p>{outcome.summary}</p>
        {outcome.notes?.map((n) => (
          <p>{n}</p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" class="cl-import-errors">
      <p>{failureHeadline(outcome)}</p>
      <ul>
        {outcome.errors.map((e) => (
          <li data-line={e.line}>
            {e.line > 0 ? `Line ${e.line}: ` : ''}
            {e.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One file input for an import kind, with what the last file did; a line of text when the policy turns it off. */
export function FileImport(props: {
  kind: ImportKind;
  label: string;
  accept: string;
  busy: boolean;
  outcome?: ImportOutcome;
  onFile(kind: ImportKind, f: File): void;
  /** Turned off by the organisation's policy. */
  off?: boolean;
}) {
  if (props.off)
    return (
      <p class="cl-import cl-muted" data-import={props.kind} data-off="policy">
        {props.label}: turned off by your organisation.
      </p>
    );
  return (
    <div class="cl-import" data-import={props.kind}>
      <label class="cl-row">
        {props.label}
        <input
          type="file"
          accept={props.accept}
          disabled={props.busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const f = input.files?.[0];
            if (f) props.onFile(props.kind, f);
            input.value = '';
          }}
        />
      </label>
      <Outcome outcome={props.outcome} />
    </div>
  );
}
