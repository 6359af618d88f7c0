/**
 * What the popover holds under its toolbar: a code's shared details (CodeDetails.tsx), an adjustment or remark
 * code's explanation, a modifier's, or the code with a loading or error line.
 */
import type { PopoverContent } from './popover-content';
import { AdjustmentDetails } from '../AdjustmentDetails';
import { CodeDetails } from '../CodeDetails';
import { ModifierDetails } from '../ModifierDetails';
import type { SectionState } from '../../lib/settings/types';

export function PopoverBody({
  content: c,
  sections,
  headingId,
}: {
  content: PopoverContent;
  sections?: Record<string, SectionState>;
  headingId: string;
}) {
  if (c.kind === 'ready') return <CodeDetails details={c.details} sections={sections} headingId={headingId} />;
  if (c.kind === 'adjustment') return <AdjustmentDetails view={c.view} headingId={headingId} />;
  if (c.kind === 'modifier') return <ModifierDetails view={c.view} headingId={headingId} />;
  return (
    <div class="cl-details">
      <h2 id={headingId} class="cl-code">
        {c.code}
      </h2>
      <p role="status">{c.kind === 'loading' ? 'Loading…' : c.message}</p>
    </div>
  );
}
