/** The popup's details view of one code: back to the results, then the shared details (or a denial code's view). */
import type { Ref } from 'preact';
import type { AdjustmentView } from '../../lib/denials/view';
import type { CodeDetailsResponse } from '../../lib/messages';
import type { SectionState } from '../../lib/settings/types';
import { AdjustmentDetails } from '../AdjustmentDetails';
import { CodeDetails } from '../CodeDetails';

/** An open code: its background answer, or (reason and remark codes) the bundled explanation's view. */
export type DetailsState = { code: string; res: CodeDetailsResponse | null; view?: AdjustmentView };

export function PopupDetails(props: {
  details: DetailsState;
  sections: Record<string, SectionState>;
  backButton: Ref<HTMLButtonElement>;
  onBack(): void;
}) {
  const { details } = props;
  return (
    <section class="cl-popup-details" aria-label={`Details for ${details.code}`}>
      <button ref={props.backButton} type="button" class="cl-back" onClick={props.onBack}>
        ← Back to results
      </button>
      {details.view && (
        <div class="cl-popup-card" data-state="ready">
          <AdjustmentDetails view={details.view} headingId="cl-popup-heading" />
        </div>
      )}
      {details.res === null && !details.view && <p role="status">Loading {details.code}…</p>}
      {details.res && !details.res.ok && (
        <p role="alert" class="cl-error-text">
          {details.res.error}
        </p>
      )}
      {details.res?.ok && (
        <div class="cl-popup-card" data-state="ready">
          {/* No page behind the popup: the details leave out "with other codes on the page". */}
          <CodeDetails
            details={details.res.details}
            sections={props.sections}
            headingId="cl-popup-heading"
            onPage={false}
          />
        </div>
      )}
    </section>
  );
}
